-- spec/integration/load-cases.lua - the requests of nginx.sh's load test and
-- the answer expected for each, computed here with the same build of the
-- module (LuaJIT) and the same formatting as the server (load-format.lua).
-- Writes one JSON object a line: method, path, body or body_file, expect.
--
--   luajit spec/integration/load-cases.lua ROOT > cases.jsonl
local root = arg[1] or "."
package.path = root .. "/spec/integration/?.lua;" .. package.path
local smtperr = require("smtperr")
local F = require("load-format")

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == "\\" then return "\\\\" end
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function emit(t)
  local parts = {}
  for _, k in ipairs({ "method", "path", "body", "body_file", "expect" }) do
    if t[k] then parts[#parts + 1] = json_string(k) .. ":" .. json_string(t[k]) end
  end
  io.write("{", table.concat(parts, ","), "}\n")
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

-- Replies: every row of the vendor table, and the first 60 of each other table.
local replies = {}
for _, name in ipairs({ "vendor-replies.tsv", "realworld-replies.tsv", "realworld-replies-2.tsv",
                        "realworld-replies-3.tsv", "multilingual-replies.tsv" }) do
  local column, n = nil, 0
  for line in io.lines(root .. "/spec/fixtures/" .. name) do
    local fields = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do fields[#fields + 1] = field end
    if column == nil then
      for i, f in ipairs(fields) do if f == "reply" then column = i end end
    elseif fields[column] ~= "" and (name == "vendor-replies.tsv" or n < 60) then
      n = n + 1
      replies[#replies + 1] = (fields[column]:gsub("\\n", "\n"))
    end
  end
end

for i, reply in ipairs(replies) do
  local r = smtperr.classify(reply)
  if r then
    local expect = F.classification(r)
    if i % 2 == 0 then
      emit({ method = "GET", path = "/load/classify?reply=" .. urlencode(reply), expect = expect })
    else
      emit({ method = "POST", path = "/load/classify", body = reply, expect = expect })
    end
    local lang = i % 3 == 0 and "fr" or "en"
    emit({ method = "GET", path = "/load/explain?lang=" .. lang .. "&reply=" .. urlencode(reply),
           expect = smtperr.explain(reply, lang) .. "\n" })
  end
end

-- Bounce messages: every 4th fixture that is a report, posted whole.
local p = io.popen('ls -1 "' .. root .. '/spec/fixtures/bounces"')
local k = 0
for file in p:lines() do
  if file:match("%.eml$") then
    k = k + 1
    local path = root .. "/spec/fixtures/bounces/" .. file
    local f = assert(io.open(path, "rb"))
    local message = f:read("*a")
    f:close()
    local r = smtperr.bounces(message, { headers = { "Subject" } })
    if r and k % 4 == 0 and #message <= 200000 then
      emit({ method = "POST", path = "/load/bounces", body_file = path, expect = F.report(r) })
    end
  end
end
p:close()
