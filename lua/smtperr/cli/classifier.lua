-- The classifier of explain, classify and scan: the module's own, or one
-- with the rules of --rules. A bad rules file is a failure (exit status 1).
local smtperr = require("smtperr")
local errors = require("smtperr.cli.errors")

local classifier = {}

-- An object with classify(reply) and explain(reply), in the language of
-- opts.lang, that uses the rules of the file opts.rules when given; its
-- field 'object' is then the classifier object (smtperr.new) of the rules.
function classifier.new(opts)
  if not opts.rules then
    return {
      classify = function(s) return smtperr.classify(s) end,
      explain = function(s) return smtperr.explain(s, opts.lang) end,
    }
  end
  local rules, err = smtperr.load_rules(opts.rules)
  if not rules then errors.fail(err) end
  local ok, object = pcall(smtperr.new, { rules = rules, lang = opts.lang })
  if not ok then errors.fail(tostring(object)) end
  return {
    classify = function(s) return object:classify(s) end,
    explain = function(s) return object:explain(s) end,
    object = object,
  }
end

return classifier
