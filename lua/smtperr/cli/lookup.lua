-- smtperr lookup: the table entry of reply codes and enhanced status codes.
local smtperr = require("smtperr")
local console = require("smtperr.cli.console")
local errors = require("smtperr.cli.errors")
local text = require("smtperr.cli.text")
local texts = require("smtperr.cli.texts")

local lookup = {}

-- "name - explanation" of a reason or an action; the name alone when it has none.
local function described(name, explanations, lang)
  local explained = explanations[name] and explanations[name][lang]
  return explained and (name .. " - " .. explained) or name
end

-- The class in words, followed by its name when the words do not show it.
local function class_text(class, t)
  local words = t.classes[class] or class
  if not words:find(class, 1, true) then words = words .. " (" .. class .. ")" end
  return words
end

-- The rows of entry e: { label key, value } (value nil: no row).
local function rows_of(e, t, lang)
  return {
    { "class", class_text(e.class, t) },
    { "meaning", e.meaning }, { "advice", e.advice }, { "note", e.note },
    { "reason", described(e.reason, smtperr.reasons, lang) },
    { "action", described(e.action, smtperr.actions, lang) },
    { "standard", e.standard and t.yes or t.nonstandard },
    { "source", e.source }, { "shadows", e.shadows },
  }
end

-- The text of entry e (from smtperr.lookup) in language lang: the code and
-- its title, then one labelled row per field, the values aligned.
function lookup.entry_text(e, lang)
  local t = texts[lang]
  local rows, label_width = rows_of(e, t, lang), 0
  for _, row in ipairs(rows) do
    if row[2] then label_width = math.max(label_width, text.width(t.labels[row[1]] .. t.colon) + 1) end
  end
  local lines = { tostring(e.code) .. "  " .. e.title }
  for _, row in ipairs(rows) do
    if row[2] then
      lines[#lines + 1] = text.pad(t.labels[row[1]] .. t.colon, label_width)
        .. text.wrap(row[2], label_width)
    end
  end
  return table.concat(lines, "\n") .. "\n"
end

-- Shows each operand's entry; returns 1 when one is not in the table, else 0.
function lookup.run(opts, operands)
  if #operands == 0 then errors.usage("lookup needs a code", "lookup") end
  local status, shown = 0, 0
  for _, code in ipairs(operands) do
    local e, err = smtperr.lookup(code, opts.lang)
    if e then
      if shown > 0 then console.out("\n") end
      console.out(lookup.entry_text(e, opts.lang))
      shown = shown + 1
    else
      console.warn(err)
      status = 1
    end
  end
  return status
end

return lookup
