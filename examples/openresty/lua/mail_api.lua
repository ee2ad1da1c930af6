-- examples/openresty/lua/mail_api.lua - the /send location of nginx.conf: sends one
-- message and answers JSON; when sending fails, the answer holds smtperr's
-- classification of the error, so that the caller knows what to do about it.
--
--   POST /send   to=bob@example.org [&subject=...] [&text=...]   (form or query)
--
--   200 {"sent":true,"to":"bob@example.org"}
--   503 {"sent":false,"to":...,"error":"...","classification":{...},"explanation":"..."}
--       when retrying later may work (with Retry-After when the server said how long)
--   502 the same, when it will not (the address is bad, or the sending side must change)
--   400 {"sent":false,"error":"..."} when the request is wrong (405 when not a POST)
--
-- The SMTP server and the sender come from the environment (nginx.conf's `env`
-- lines): SMTP_HOST (127.0.0.1), SMTP_PORT (25), SMTP_FROM (noreply@example.com).

local cjson = require("cjson.safe")
local smtperr = require("smtperr")
local simple_smtp = require("simple_smtp")
-- lua-resty-mail, when installed, has the same new{}/send{} calls:
--   local simple_smtp = require("resty.mail")
-- its errors read "SMTP response was not successful: 550-5.1.1 ...", which
-- classify reads as well, without the SMTP stage.

local _M = {}

-- The fields of classify's answer that the JSON carries.
local FIELDS = { "code", "enhanced", "class", "retry", "reason", "bounce", "action", "retry_after",
                 "command", "address", "provider", "evidence", "help" }

local function answer(status, body)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  -- lua-cjson writes "/" as "\/": valid JSON, but links read better without.
  ngx.say((cjson.encode(body):gsub("\\/", "/")))
  return ngx.exit(status)
end

local function classification(err)
  local r = smtperr.classify(err)
  if not r then
    -- classify answers nil for text it does not recognise. The socket's own words
    -- when no reply came ("... after RCPT TO:<x>: closed", "timeout") it reads as
    -- network errors; anything else without a reply to read is treated as a lost
    -- connection too: a transient network error, worth a retry.
    return { class = "transient", retry = true, reason = "network_error", bounce = "soft",
             action = "retry", evidence = "not recognised by smtperr: taken for a network error" },
           "fallback"
  end
  local c = {}
  for _, k in ipairs(FIELDS) do c[k] = r[k] end
  return c, "smtperr"
end

function _M.send()
  if ngx.req.get_method() ~= "POST" then
    ngx.header["Allow"] = "POST"
    return answer(405, { sent = false, error = "use POST" })
  end
  ngx.req.read_body()
  local args = ngx.req.get_uri_args()
  for k, v in pairs(ngx.req.get_post_args() or {}) do args[k] = v end
  local to = args.to
  if type(to) ~= "string" or not to:match("^[^@%s<>,]+@[^@%s<>,]+$") then
    return answer(400, { sent = false, error = "give one recipient: to=user@example.org" })
  end

  local mailer = simple_smtp.new({
    host = os.getenv("SMTP_HOST") or "127.0.0.1",
    port = tonumber(os.getenv("SMTP_PORT") or "") or 25,
    timeout = 10000,
  })
  local ok, err = mailer:send({
    from = os.getenv("SMTP_FROM") or "noreply@example.com",
    to = { to },
    subject = type(args.subject) == "string" and args.subject or "Hello from OpenResty",
    text = type(args.text) == "string" and args.text or "This message was sent by smtperr's OpenResty example.",
  })
  if ok then
    return answer(200, { sent = true, to = to })
  end

  local c, by = classification(err)
  ngx.log(ngx.NOTICE, "send to ", to, " failed: ", c.reason, " (", c.action, "): ", (err:gsub("\n", "\\n")))
  local body = {
    sent = false, to = to, error = err, classification = c, classified_by = by,
    explanation = smtperr.explain(err) or "smtperr does not recognise this error; it is handled as a lost connection.",
  }
  if c.retry then
    if c.retry_after then ngx.header["Retry-After"] = c.retry_after end
    return answer(503, body)
  end
  return answer(502, body)
end

return _M
