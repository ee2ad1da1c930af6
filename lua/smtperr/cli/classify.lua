-- smtperr classify: one reply per line in, one decision per line out, as
-- tab-separated columns or JSON.
local new_classifier = require("smtperr.cli.classifier").new
local console = require("smtperr.cli.console")
local input = require("smtperr.cli.input")
local json = require("smtperr.cli.json")
local text = require("smtperr.cli.text")

local classify = {}

classify.COLUMNS = { "code", "enhanced", "class", "reason", "bounce", "action", "retry", "text" }

-- The fields of smtperr.classify, each written in JSON, null when unknown.
classify.FIELDS = { "code", "enhanced", "text", "class", "retry", "reason", "bounce", "action",
                    "provider", "evidence", "command", "address", "host", "retry_after", "help",
                    "lines" }

-- The tab-separated row of result r, empty columns for nil; control
-- characters become spaces, so that a row stays one line.
function classify.tsv_row(r)
  local fields = {}
  for i, name in ipairs(classify.COLUMNS) do
    local v = r and r[name]
    fields[i] = v == nil and "" or (tostring(v):gsub("[%c]", " "))
  end
  return table.concat(fields, "\t") .. "\n"
end

-- The JSON line of result r, or of the error err for line number lineno.
function classify.json_row(codec, r, err, lineno)
  if not r then return codec.encode({ error = text.to_utf8(err), line = lineno }) .. "\n" end
  local object = {}
  for _, name in ipairs(classify.FIELDS) do object[name] = codec.null end
  for name, v in pairs(r) do object[name] = type(v) == "string" and text.to_utf8(v) or v end
  return codec.encode(object) .. "\n"
end

-- Returns 1 when no line was classified or an input could not be read, else 0.
function classify.run(opts, operands)
  local classifier = new_classifier(opts)
  local codec = opts.json and json.load()
  local lineno, classified = 0, 0
  local all_read = input.each_line(operands, { line = function(line)
    lineno = lineno + 1
    local r, err = nil, "empty line"
    if line:find("%S") then r, err = classifier.classify(line) end
    if r then classified = classified + 1 end
    console.out(codec and classify.json_row(codec, r, err, lineno) or classify.tsv_row(r))
  end })
  if classified == 0 then
    if all_read then
      console.warn(lineno == 0 and "no input line" or "no SMTP reply recognised in the input")
    end
    return 1
  end
  return all_read and 0 or 1
end

return classify
