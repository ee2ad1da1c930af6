-- spec/integration/load-format.lua - how the load test's nginx locations write
-- their answers, shared by the server (nginx.conf.in loads it from the
-- prefix's lua/ folder) and by load-cases.lua, which writes the answer
-- expected for each request, so that both sides format alike.
local F = {}

F.fields = { "code", "enhanced", "class", "reason", "bounce", "action", "retry", "retry_after",
             "provider", "evidence", "command", "address", "host", "help", "lines", "text" }

local function esc(v)
  return (tostring(v):gsub("\\", "\\\\"):gsub("\r", "\\r"):gsub("\n", "\\n"))
end

-- A classification: one "name=value" line per field present.
function F.classification(t)
  local out = {}
  for _, k in ipairs(F.fields) do
    if t[k] ~= nil then out[#out + 1] = k .. "=" .. esc(t[k]) end
  end
  return table.concat(out, "\n") .. "\n"
end

F.recipient_fields = { "recipient", "status", "code", "enhanced", "class", "reason", "bounce", "action" }

-- A bounce report: its kind, format and subject, then a line per recipient.
function F.report(r)
  local out = { "kind=" .. r.kind, "format=" .. esc(r.format or ""),
                "subject=" .. esc(r.original_headers and r.original_headers.Subject or ""),
                "recipients=" .. #r.recipients }
  for i, rc in ipairs(r.recipients) do
    local line = { tostring(i) }
    for _, k in ipairs(F.recipient_fields) do
      if rc[k] ~= nil then line[#line + 1] = k .. "=" .. esc(rc[k]) end
    end
    out[#out + 1] = table.concat(line, " ")
  end
  return table.concat(out, "\n") .. "\n"
end

return F
