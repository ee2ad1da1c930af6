-- The options and operands of a command line. A bad option raises a usage
-- error (smtperr.cli.errors): exit status 2.
local errors = require("smtperr.cli.errors")
local texts = require("smtperr.cli.texts")

local args = {}

-- Options per command: name -> "flag" or "value".
args.OPTIONS = {
  explain = { help = "flag", lang = "value", rules = "value" },
  lookup = { help = "flag", lang = "value" },
  classify = { help = "flag", json = "flag", rules = "value" },
  scan = { help = "flag", json = "flag", jsonl = "flag", lang = "value", rules = "value",
           follow = "value" },
}

local function is_operand(a)
  return a == "-" or a:sub(1, 1) ~= "-"
end

-- The name and the value of "--name=value"; the name alone of "--name".
local function split_option(a)
  local name, value = a:match("^%-%-([^=]+)=(.*)$")
  return name or a:match("^%-%-(.+)$"), value
end

-- Reads the option at list[i] (not "-h" nor "--"): returns its name, its
-- value (true for a flag) and the index of the next argument.
local function read_option(command, list, i)
  local a = list[i]
  local name, value = split_option(a)
  local kind = name and args.OPTIONS[command][name]
  if not kind then
    errors.usage("unknown option '" .. (name and "--" .. name or a) .. "'", command)
  end
  if kind == "flag" then
    if value then errors.usage("option '--" .. name .. "' takes no value", command) end
    return name, true, i + 1
  end
  if value ~= nil then return name, value, i + 1 end
  value = list[i + 1]
  if value == nil then errors.usage("option '--" .. name .. "' needs a value", command) end
  return name, value, i + 2
end

-- Reads the options and operands of 'command' from list[first], list[first
-- + 1], ...: returns the options by name (lang is "en" unless given) and the
-- list of operands. After "--", everything is an operand.
function args.parse(command, list, first)
  local opts, operands, only_operands = {}, {}, false
  local i = first
  while i <= #list do
    local a = list[i]
    if only_operands or is_operand(a) then
      operands[#operands + 1] = a
      i = i + 1
    elseif a == "--" then
      only_operands = true
      i = i + 1
    elseif a == "-h" then
      opts.help = true
      i = i + 1
    else
      local name, value
      name, value, i = read_option(command, list, i)
      opts[name] = value
    end
  end
  if opts.lang and not texts[opts.lang] then
    errors.usage("bad --lang '" .. opts.lang .. "': use en or fr", command)
  end
  opts.lang = opts.lang or "en"
  return opts, operands
end

return args
