-- Mail addresses as scan counts them.
local address = {}

-- An address without angle brackets nor spaces around it, its domain in
-- lower case; nil for nil or an empty address.
function address.normalize(a)
  if not a then return nil end
  a = a:gsub("^%s*<?", ""):gsub(">?%s*$", "")
  if a == "" then return nil end
  local user, domain = a:match("^(.*)@([^@]+)$")
  if user then return user .. "@" .. domain:lower() end
  return a
end

function address.domain(a)
  return a and a:match("@([^@]+)$")
end

return address
