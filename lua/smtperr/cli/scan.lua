-- smtperr scan: the failed and deferred deliveries of mail logs, classified
-- and summarised (or listed in JSON).
local address = require("smtperr.cli.address")
local new_classifier = require("smtperr.cli.classifier").new
local console = require("smtperr.cli.console")
local input = require("smtperr.cli.input")
local json = require("smtperr.cli.json")
local logs = require("smtperr.cli.logs")
local progress = require("smtperr.cli.progress")
local report = require("smtperr.cli.report")
local tally = require("smtperr.cli.tally")
local text = require("smtperr.cli.text")

local scan = {}

-- The fields of a classification an entry takes.
local RESULT_FIELDS = { "code", "enhanced", "class", "bounce", "action", "command", "retry_after",
                        "retry", "provider" }

-- The entry of a failure record (from smtperr.cli.logs) and its
-- classification r (nil when the reply was not recognised). Without a
-- recipient in the log, the address in the reply is the recipient.
function scan.entry_of(record, r)
  local e = {
    recipient = record.recipient or (r and address.normalize(r.address)),
    status = record.status, format = record.format, reply = record.reply,
    reason = r and r.reason or "unknown", host = r and r.host or record.host,
  }
  if r then
    for _, field in ipairs(RESULT_FIELDS) do e[field] = r[field] end
  end
  return e
end

-- Counts the records of the log reader in the tally: deliveries as they
-- are, failures once classified. 'file' is the input they come from.
local function count_records(records, found, classifier, file)
  for _, record in ipairs(records) do
    if record.status == "delivered" then
      found:add_delivery(record.recipient)
    else
      local e = scan.entry_of(record, classifier.classify(record.fragment or record.reply or ""))
      e.file, e.line = file, record.line
      found:add_failure(e)
    end
  end
end

-- Reads the inputs into a tally; returns it and whether every input could
-- be read.
local function read_logs(opts, operands, classifier)
  local reader, found = logs.reader(), tally.new(opts.json)
  local meter, file = progress.new(opts.lang), nil
  local all_read = input.each_line(operands, {
    file = function(name)
      count_records(reader:finish(), found, classifier, file)
      found.files[#found.files + 1] = text.to_utf8(name)
      file = name
    end,
    line = function(line)
      found.lines = found.lines + 1
      count_records(reader:line(line), found, classifier, file)
    end,
    bytes = function(n) meter:advance(n, found.lines, found.total) end,
  })
  count_records(reader:finish(), found, classifier, file)
  meter:finish()
  found.formats = reader:formats()
  return found, all_read
end

local function lines_recognised(found)
  local n = 0
  for _, count in pairs(found.formats) do n = n + count end
  return n
end

-- Returns 1 when an input could not be read or nothing was recognised, else 0.
function scan.run(opts, operands)
  local classifier = new_classifier(opts)
  local codec = opts.json and json.load()       -- fail before reading without a JSON library
  local found, all_read = read_logs(opts, operands, classifier)
  if lines_recognised(found) == 0 then
    if #found.files > 0 then
      local where = #found.files == 1 and found.files[1] ~= "-" and found.files[1] or "the input"
      console.warn("no Postfix, Exim, Sendmail or DSN line found in " .. where)
    end
    return 1
  end
  if codec then
    console.out(report.json(found, codec), "\n")
  else
    console.out(report.summary(found, opts.lang))
  end
  return all_read and 0 or 1
end

return scan
