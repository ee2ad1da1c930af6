-- smtperr explain: a paragraph for each reply or code.
local new_classifier = require("smtperr.cli.classifier").new
local console = require("smtperr.cli.console")
local errors = require("smtperr.cli.errors")
local text = require("smtperr.cli.text")

local explain = {}

-- Explains each operand; returns 1 when one was not recognised, else 0.
function explain.run(opts, operands)
  if #operands == 0 then errors.usage("explain needs a reply or a code", "explain") end
  local classifier, status, shown = new_classifier(opts), 0, 0
  for _, reply in ipairs(operands) do
    local paragraph, err = classifier.explain(reply)
    if paragraph then
      if shown > 0 then console.out("\n") end
      console.out(text.wrap(paragraph, 0), "\n")
      shown = shown + 1
    else
      console.warn(err)
      status = 1
    end
  end
  return status
end

return explain
