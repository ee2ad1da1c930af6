-- mod_smtperr - smtperr inside Prosody: classify SMTP replies, explain them and read
-- bounce messages, over Prosody's own HTTP server (JSON in and out) and from
-- `prosodyctl shell`. For the services that run next to a chat server and send mail
-- (sign-up confirmations, password resets, offline-message notices), and for the
-- admin who reads what came back.
--
-- Install: the smtperr module built for Lua 5.4 (Prosody 0.12 runs on Lua 5.4), on
-- Lua 5.4's path (`make install`, or the rock for Lua 5.4), and this file in a
-- plugin folder. In the global section of prosody.cfg.lua:
--
--   plugin_paths = { "/usr/local/lib/prosody/modules" }   -- where this file is
--   modules_enabled = { ..., "smtperr" }                 -- a global module
--   -- smtperr_rules_file = "/etc/prosody/smtperr-rules.txt"   (optional, smtperr's rules format)
--
-- HTTP, on Prosody's HTTP ports (http_ports, default 5280; the path is /smtperr, or
-- http_paths = { smtperr = "/..." }), for any host name:
--
--   GET  /smtperr/           {"module": "smtperr 0.2.0", "endpoints": [...]}
--   POST /smtperr/classify   {"reply": "550 5.1.1 ..."} or {"code": 550, "text": "..."}
--                            -> every field of smtperr.classify
--   POST /smtperr/explain    {"reply": "550 5.1.1 ...", "lang": "fr"} -> {"explanation": "..."}
--   POST /smtperr/bounces    {"message": "<the whole message>", "headers": ["X-Campaign-Id"]},
--                            or the raw message with Content-Type: message/rfc822
--                            -> the result of smtperr.bounces (kind, format, recipients...)
--
-- Errors answer {"error": "..."}: 400 when the body is not the JSON asked for (or the
-- language is unknown), 422 when the reply or the message is not recognised. Anyone
-- who reaches the HTTP port can call it: keep http_interfaces on 127.0.0.1, or put it
-- behind a proxy that checks who asks.
--
-- Shell (needs mod_admin_shell):
--
--   prosodyctl shell smtperr classify "550 5.1.1 <bob@example.org>: User unknown"
--   prosodyctl shell smtperr explain "452 4.2.2 Mailbox full" fr
--   prosodyctl shell smtperr bounces /var/mail/bounces/1234.eml     (read by Prosody's user)
--   prosodyctl shell smtperr help

module:set_global()
module:depends("http")

local json = require "util.json"
local smtperr = require "smtperr"

-- A classifier with the admin's rules, or the module itself.
local rules_file = module:get_option_string("smtperr_rules_file")
local engine = smtperr
if rules_file then
  local ok, c = pcall(smtperr.new, { rules_file = rules_file })
  if not ok then error("smtperr_rules_file: " .. tostring(c)) end
  engine = c
end

local function classify(reply, text)
  if engine == smtperr then return smtperr.classify(reply, text) end
  return engine:classify(reply, text)
end
local function explain(reply, lang)
  if engine == smtperr then return smtperr.explain(reply, lang) end
  return engine:explain(reply, lang)
end
local function bounces(message, options)
  if engine == smtperr then return smtperr.bounces(message, options) end
  return engine:bounces(message, options)
end

--{==== HTTP ======================================================================

local function answer(status, body)
  return {
    status_code = status,
    headers = { content_type = "application/json; charset=utf-8" },
    body = json.encode(body),
  }
end

-- The JSON object of the request, or nil and the answer to give.
local function read_json(request)
  local body = request.body
  if not body or body == "" then return nil, answer(400, { error = "the body must be a JSON object" }) end
  local doc = json.decode(body)
  if type(doc) ~= "table" then return nil, answer(400, { error = "the body is not a JSON object" }) end
  return doc
end

local function is_text(v) return type(v) == "string" end

local function http_classify(event)
  local doc, err = read_json(event.request)
  if not doc then return err end
  local r, msg
  if is_text(doc.reply) then
    r, msg = classify(doc.reply)
  elseif type(doc.code) == "number" and doc.code == math.floor(doc.code) and (doc.text == nil or is_text(doc.text)) then
    r, msg = classify(math.floor(doc.code), doc.text or "")
  else
    return answer(400, { error = 'give {"reply": "..."} or {"code": 550, "text": "..."}' })
  end
  if not r then return answer(422, { error = msg }) end
  return answer(200, r)
end

local function http_explain(event)
  local doc, err = read_json(event.request)
  if not doc then return err end
  if not is_text(doc.reply) and type(doc.reply) ~= "number" then
    return answer(400, { error = 'give {"reply": "...", "lang": "en" or "fr"}' })
  end
  if doc.lang ~= nil and not is_text(doc.lang) then return answer(400, { error = "lang must be a string" }) end
  local ok, text, msg = pcall(explain, doc.reply, doc.lang)
  if not ok then return answer(400, { error = tostring(text) }) end    -- an unknown language
  if not text then return answer(422, { error = msg }) end
  return answer(200, { explanation = text })
end

local function http_bounces(event)
  local request = event.request
  local message, options
  local ctype = (request.headers.content_type or ""):lower()
  if ctype:find("^message/rfc822") then
    message = request.body or ""
  else
    local doc, err = read_json(request)
    if not doc then return err end
    if not is_text(doc.message) then
      return answer(400, { error = 'give {"message": "...", "headers": [...]} or a message/rfc822 body' })
    end
    message = doc.message
    if doc.headers ~= nil then
      if type(doc.headers) ~= "table" then return answer(400, { error = "headers must be a list of names" }) end
      for _, name in ipairs(doc.headers) do
        if not is_text(name) then return answer(400, { error = "headers must be a list of names" }) end
      end
      options = { headers = doc.headers }
    end
  end
  local r, msg = bounces(message, options)
  if not r then return answer(422, { error = msg }) end
  return answer(200, r)
end

module:provides("http", {
  route = {
    ["GET /"] = function()
      return answer(200, { module = smtperr._VERSION, rules_file = rules_file,
        endpoints = { "POST classify", "POST explain", "POST bounces" } })
    end,
    ["POST /classify"] = http_classify,
    ["POST /explain"] = http_explain,
    ["POST /bounces"] = http_bounces,
  },
})

--}====
--{==== prosodyctl shell ==========================================================

local FIELDS = { "code", "enhanced", "class", "reason", "bounce", "action", "retry", "retry_after",
                 "command", "provider", "address", "host", "help", "evidence" }

local function print_fields(print, r, indent)
  for _, k in ipairs(FIELDS) do
    if r[k] ~= nil then print(("%s%-12s %s"):format(indent, k, tostring(r[k]))) end
  end
end

local commands = {}

function commands:classify(reply)
  if type(reply) ~= "string" then return false, "usage: smtperr:classify(reply)" end
  local r, msg = classify(reply)
  if not r then return false, msg end
  print_fields(self.session.print, r, "")
  return true, ("%s %s %s"):format(r.reason, r.bounce or "-", r.action)
end

function commands:explain(reply, lang)
  if reply == nil then return false, "usage: smtperr:explain(reply [, lang])" end
  local ok, text, msg = pcall(explain, tonumber(reply) or reply, lang)
  if not ok then return false, tostring(text) end
  if not text then return false, msg end
  self.session.print(text)
  return true, "explained"
end

function commands:bounces(path)
  if type(path) ~= "string" then return false, "usage: smtperr:bounces(path of a message file)" end
  local f, err = io.open(path, "rb")
  if not f then return false, err end
  local message = f:read("*a")
  f:close()
  local r, msg = bounces(message)
  if not r then return false, msg end
  local print = self.session.print
  for _, rc in ipairs(r.recipients) do
    print(("%s  %s"):format(tostring(rc.recipient or r.verp_recipient or "?"), tostring(rc.status or "")))
    print_fields(print, rc, "  ")
  end
  return true, ("%s (%s), %d recipient%s"):format(r.kind, tostring(r.format), #r.recipients,
    #r.recipients == 1 and "" or "s")
end

function commands:help()
  local print = self.session.print
  print([[smtperr:classify(reply)          the fields of smtperr.classify, then "reason bounce action"]])
  print([[smtperr:explain(reply [, lang])  a paragraph, in English or French ("fr")]])
  print([[smtperr:bounces(path)            read the bounce message in the file PATH: each recipient]])
  print([[From the command line: prosodyctl shell smtperr classify "550 5.1.1 ..."]])
  return true, smtperr._VERSION
end

-- mod_admin_shell gives every session the tables of its shared "env"; a
-- table set there becomes a shell command.
local shell_env = module:shared("/*/admin_shell/env")
shell_env.smtperr = commands

function module.unload()
  if shell_env.smtperr == commands then shell_env.smtperr = nil end
end

--}====

module:log("info", "%s loaded from %s%s", smtperr._VERSION,
  package.searchpath("smtperr", package.cpath) or "?", rules_file and (", rules from " .. rules_file) or "")
