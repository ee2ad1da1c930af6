-- smtperr.logline and smtperr.logreader: every row of the mail-log fixtures
-- (spec/fixtures/logs/*.tsv: real lines, their sources and their expected
-- reading; spec/fixtures/logs/README.md describes them), the documented
-- shapes of the formats whose real lines are scarce, the reader's state and
-- memory, and hostile input.
local smtperr = require("smtperr")
local helpers = require("spec.helpers")

local FORMATS = { "postfix", "exim", "sendmail", "opensmtpd", "qmail", "exchange", "powermta", "kumomta" }
local COLUMNS = { "status", "recipient", "sender", "queue_id", "relay", "dsn", "reply" }
local MB = 1024 * 1024

-- Rows smtperr reads otherwise than the fixture, by the start of their
-- line: what it answers (false: nothing) and why.
local exceptions = {
  ["Jul 10 13:39:13 srv24-s-st postfix/qmgr[3043]: EC1ECDF0510: from=<karepova@start-cbs.ru>, "
    .. "status=expired"] = {
    recipient = false,
    why = "the only to= line of EC1ECDF0510 before the expiry says status=sent: that recipient is "
      .. "no longer queued, so the expiry names none (the fixture's reading takes it as still queued)",
  },
  ["May 24 12:51:53 TEST postfix/smtp[7203]: 1746B93F7F: to=<root@localhost.lab.ru>"] = {
    dsn = "5.7.1",
    why = "this Postfix logs no dsn= field; the README's dsn column is the enhanced code found on "
      .. "the line, and the reply holds 5.7.1 (the fixture's reading left it empty)",
  },
}

local function exception_of(line)
  for start, e in pairs(exceptions) do
    if line:sub(1, #start) == start then return e end
  end
  return {}
end

-- The value a row expects in a column: nil for an empty cell.
local function expected(row, column)
  local e = exception_of(row.line)
  if e[column] ~= nil then return e[column] or nil end
  return row[column] ~= "" and row[column] or nil
end

local function rows_of(format)
  return helpers.tsv("logs/" .. format .. ".tsv")
end

-- The code classify reads in a reply (qmail writes its spaces '_'), or nil.
local function reply_code(reply)
  local r = reply and smtperr.classify((reply:gsub("_", " ")))
  return r and r.code
end

-- Checks a record against every column of its row.
local function check_record(rec, row, format)
  assert.is_table(rec, "no record for " .. row.line)
  assert.are.equal(format, rec.format)
  for _, column in ipairs(COLUMNS) do
    assert.are.equal(expected(row, column), rec[column], column .. " of " .. row.line)
  end
  local code = reply_code(rec.reply)
  if code then assert.are.equal(code, rec.code, "the classification of " .. rec.reply) end
end

-- Feeds the rows of each source to its own reader, in order; returns the
-- record of each row (by index), from r:line or from r:feed in chunks of
-- 'chunk' bytes.
local function read_by_source(rows, chunk)
  local groups, order, got = {}, {}, {}
  for i, row in ipairs(rows) do
    local g = groups[row.source]
    if not g then
      g = { rows = {} }
      groups[row.source], order[#order + 1] = g, row.source
    end
    g.rows[#g.rows + 1] = i
  end
  for _, source in ipairs(order) do
    local g, r = groups[source], smtperr.logreader()
    local function keep(rec)
      assert.is_nil(got[g.rows[rec.line]], "two records for one line")
      got[g.rows[rec.line]] = rec
    end
    if chunk then
      local lines = {}
      for k, i in ipairs(g.rows) do lines[k] = rows[i].line end
      local text = table.concat(lines, "\n") .. "\n"
      for at = 1, #text, chunk do
        for _, rec in ipairs(r:feed(text:sub(at, at + chunk - 1))) do keep(rec) end
      end
    else
      for _, i in ipairs(g.rows) do
        for _, rec in ipairs({ r:line(rows[i].line) }) do
          if rec then keep(rec) end
        end
      end
    end
    for _, rec in ipairs(r:finish()) do keep(rec) end
  end
  return got
end

describe("smtperr.logline", function()
  for _, format in ipairs(FORMATS) do
    describe(format .. ".tsv, each line read alone", function()
      for i, row in ipairs(rows_of(format)) do
        it(i .. " " .. row.line:sub(1, 70), function()
          local rec = smtperr.logline(row.line)
          if row.status == "" then
            assert.is_nil(rec, row.note)
          elseif row.note:find("needs the previous row", 1, true) then
            -- what a line gives alone, without the rows before it
            if rec then assert.are.same({ format, row.status }, { rec.format, rec.status }) end
          else
            assert.is_table(rec, row.note)
            assert.are.equal(format, rec.format)
            for _, column in ipairs(COLUMNS) do
              local want = expected(row, column)
              if row.note:find("stateful reader", 1, true) and column == "sender" and rec.sender == nil then
                want = nil                                -- given by an earlier line
              end
              if row.note:find("from the earlier to= line", 1, true) and column == "recipient" then
                want = nil
              end
              assert.are.equal(want, rec[column], column)
            end
          end
        end)
      end
    end)
  end

  it("the fixtures hold every format, with deliveries and lines that give nothing", function()
    for _, format in ipairs(FORMATS) do
      local with, without = 0, 0
      for _, row in ipairs(rows_of(format)) do
        if row.status == "" then without = without + 1 else with = with + 1 end
        assert.truthy(row.source ~= "" and row.url ~= "", "source of " .. row.line)
      end
      assert.is_true(with >= 1 and without >= 1, format)
    end
  end)

  describe("lines that report no delivery", function()
    local cases = {
      ["reject_warning: the client was not refused, though it names 554"] =
        "Nov 26 00:13:02 li367-73 postfix/smtpd[29288]: NOQUEUE: reject_warning: RCPT from unknown[177.11.51.75]: "
          .. "554 5.7.1 <a@hotmail.com>: Relay access denied; from=<b@x.com> to=<a@hotmail.com> proto=ESMTP "
          .. "helo=<x>",
      ["a Postfix warning that mentions 550 in passing"] =
        "Nov 30 10:00:09 mx1 postfix/smtp[4242]: warning: host mx.example.org[192.0.2.1] said: 550 5.1.1 "
          .. "User unknown (in reply to RCPT TO command)",
      ["a per-attempt line without to="] =
        "Jul 10 10:09:22 srv24-s-st postfix/smtp[22635]: D69F5DF04F4: host mx.yandex.ru[213.180.204.89] "
          .. "said: 451 4.7.1 Sorry (in reply to end of DATA command)",
      ["a Postfix delivery line cut before its status"] =
        "Nov 30 08:00:40 mx1 postfix/smtp[4153]: F921EBAE79: to=<jules.simon@free.fr>, relay=mx1.free.fr"
          .. "[212.27.48.6]:25, delay=1.2, delays=0.09/0.01/0.58/0.56, dsn=5.1.1, sta",
      ["a NOQUEUE reject cut before its from=/proto= part"] =
        "Aug 10 10:55:38 f postfix/smtpd[2162]: NOQUEUE: reject: VRFY from x[72.53.132.234]: 550 5.1.1 : "
          .. "Recipient address rejected: User unknown in local recipient tab",
      ["an Exim delivery suppressed with *>"] =
        "1999-03-02 09:44:33 10HmaY-0005vi-00 *> accept <accept@y> R=accept T=appendfile",
      ["an Exim arrival"] = "2012-02-13 14:39:22 1RwtJa-0009RI-2d <= tpxmuwr@somehost.ru P=esmtp S=1289",
      ["a JSON record cut short"] = '{"type":"Bounce","recipient":"dead@gmail.com","response":{"code":550',
      ["a JSON record with an invalid escape"] = '{"type":"Bounce","recipient":"a\\q@b.org"}',
      ["a JSON record with a lone surrogate"] = '{"type":"Bounce","recipient":"\\ud800@b.org"}',
      ["an empty line"] = "",
      ["text"] = "this line is not from any mail server",
    }
    for name, line in pairs(cases) do
      it(name, function()
        assert.is_nil(smtperr.logline(line))
        assert.is_nil(smtperr.logreader():line(line))
      end)
    end

    it("a status=sent line is a delivery, sent, and its reply a success", function()
      local r = smtperr.logline("Jul 10 10:09:09 srv24-s-st postfix/smtp[23225]: EB3DCDF04EB: "
        .. "to=<arsenal@scn.ru>, relay=mail.scn.ru[80.255.139.141]:25, delay=65, delays=27/0/1.3/36, "
        .. "dsn=2.0.0, status=sent (250 OK id=1SoTaM-0007or-4a)")
      assert.are.same({ "sent", "success", 250, "65" }, { r.status, r.class, r.code, r.delay })
      assert.is_nil(r.bounce)
    end)
  end)

  describe("a record", function()
    local LINE = "Dec 21 21:54:51 mx postfix/smtp[18154]: 9E0443E949: to=<sysadmin@example.com>, "
      .. "relay=spool.mail.gandi.net[217.70.178.1]:25, delay=0.35, delays=0.02/0.01/0.26/0.07, dsn=5.1.8, "
      .. "status=bounced (host spool.mail.gandi.net[217.70.178.1] said: 550 5.1.8 <root@mx>: Sender "
      .. "address rejected: Domain not found (in reply to RCPT TO command))"

    it("has the log's fields and classify's, the remote host as remote_host", function()
      local r = smtperr.logline(LINE)
      assert.are.same({ "postfix", "bounced", "Dec 21 21:54:51", "mx", "postfix/smtp", "9E0443E949",
                        "0.35", "RCPT", "spool.mail.gandi.net", "sender_rejected", "permanent" },
                      { r.format, r.status, r.time, r.host, r.program, r.queue_id, r.delay, r.command,
                        r.remote_host, r.reason, r.class })
      assert.are.equal("host spool.mail.gandi.net[217.70.178.1] said: 550 5.1.8 <root@mx>: Sender address "
        .. "rejected: Domain not found (in reply to RCPT TO command)", r.detail)
      local c = smtperr.classify(r.reply)
      assert.are.same({ c.code, c.enhanced }, { r.code, r.enhanced })
      assert.is_nil(r.line)
      assert.is_nil(r.reject)
    end)

    it("a refusal by this server's own rules says so", function()
      local r = smtperr.logline("Jul 12 07:47:48 saturn postfix/smtpd[8738]: NOQUEUE: reject: RCPT from "
        .. "c[1.2.3.4]: 554 5.7.1 <smtp@example.com>: Relay access denied; from=<john@example.com> "
        .. "to=<smtp@example.org> proto=SMTP helo=<198.51.100.17>")
      assert.are.same({ true, "bounced", "relay_denied", "c[1.2.3.4]" }, { r.reject, r.status, r.reason, r.relay })
    end)

    it("qmail's reply keeps its underscores; its classification reads them as spaces", function()
      local r = smtperr.logline("1054194596.057500 delivery 183: failure: 213.242.147.30_does_not_like_"
        .. "recipient./Remote_host_said:_550_Unknown_local_part_x_in_<x@nocrew.org>/Giving_up_on_"
        .. "213.242.147.30./")
      assert.are.same({ "550_Unknown_local_part_x_in_<x@nocrew.org>", 550, "user_unknown", "213.242.147.30" },
                      { r.reply, r.code, r.reason, r.relay })
    end)

    it("a line with CRLF reads as without", function()
      assert.are.same(smtperr.logline(LINE), smtperr.logline(LINE .. "\r\n"))
      assert.are.same(smtperr.logline(LINE), smtperr.logline(LINE .. "\n"))
    end)

    it("a classifier object's rules classify its records", function()
      local c = smtperr.new({ rules = { { match = "gandi", reason = "blocked" } } })
      assert.are.equal("sender_rejected", smtperr.logline(LINE).reason)
      assert.are.same({ "blocked", "user rule 1" }, { c:logline(LINE).reason, c:logline(LINE).evidence })
      assert.are.equal("blocked", c:logreader():line(LINE).reason)
      assert.are.equal("blocked", smtperr.logreader({ classifier = c }):line(LINE).reason)
    end)

    it("a wrong argument type raises", function()
      assert.has_error(function() smtperr.logline({}) end)
      assert.has_error(function() smtperr.logline() end)
      assert.has_error(function() smtperr.logreader(5) end)
      local ok, err = pcall(smtperr.logreader, { classifier = {} })
      assert.is_false(ok)
      assert.matches("bad argument #1 to '[%w.?]*' %(field 'classifier': a classifier made by "
        .. "smtperr%.new expected%)", err)
      local r = smtperr.logreader()
      assert.has_error(function() r:line(nil) end)
      assert.has_error(function() r:feed({}) end)
      assert.has_error(function() r.line({}, "x") end)
    end)
  end)
end)

-- Lines made from the documented formats (fixtures/logs/README.md quotes the
-- headers and record shapes), where no real line of that kind was found:
-- Exchange FAIL rows and message traces, PowerMTA b rows with dsnDiag,
-- KumoMTA transient failures. They are built here, not real.
describe("the documented shapes of the scarce formats (built, not real lines)", function()
  local TRACKING = "#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,"
    .. "connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,"
    .. "recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,"
    .. "sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,"
    .. "original-server-ip,custom-data"

  it("Exchange tracking: FAIL is bounced, DEFER deferred, SEND sent, by the #Fields header", function()
    local r = smtperr.logreader()
    assert.is_nil(r:line("#Software: Microsoft Exchange Server"))
    assert.is_nil(r:line(TRACKING))
    local fail = r:line("2024-05-02T10:00:00.000Z,,,,mx.example.net,,,SMTP,FAIL,1234,<m@x>,n-1,"
      .. "ann@example.net;bob@example.net,\"550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found\",100,2,,,"
      .. "Subject,me@example.org,me@example.org,,Outgoing,,,,")
    assert.are.same({ "exchange", "bounced", "ann@example.net,bob@example.net", "me@example.org", "1234",
                      "5.1.10", "user_unknown", "mx.example.net" },
                    { fail.format, fail.status, fail.recipient, fail.sender, fail.queue_id, fail.dsn,
                      fail.reason, fail.relay })
    assert.are.equal("deferred", r:line("2024-05-02T10:00:01.000Z,,,,,,,SMTP,DEFER,1235,<m@x>,n,c@x.org,"
      .. "451 4.4.0 DNS query failed,1,1,,,S,me@example.org,me@example.org,,Outgoing,,,,").status)
    assert.is_nil(r:line("2024-05-02T10:00:02.000Z,,,,,,,SMTP,RECEIVE,1236,<m@x>,n,c@x.org,,1,1,,,S,"
      .. "me@example.org,me@example.org,,Incoming,,,,"))
    assert.are.same({ 5, 5 }, { r:stats().formats.exchange, r:stats().lines })
  end)

  it("Get-MessageTrace | Export-Csv: Failed is bounced, Pending deferred, Delivered sent", function()
    local r = smtperr.logreader()
    r:line('"PSComputerName","RunspaceId","PSShowComputerName","Organization","MessageId","Received",'
      .. '"SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageTraceId",'
      .. '"StartDate","EndDate","Index"')
    local row = '"","r","False","o.onmicrosoft.com","<m@x>","5/2/2024 10:00:00 AM","me@example.org",'
      .. '"ann@example.net","Hello, ""you""","%s","203.0.113.9","198.51.100.1","100","t-1","","","0"'
    local failed = r:line(row:format("Failed"))
    assert.are.same({ "exchange", "bounced", "ann@example.net", "me@example.org", "t-1", "203.0.113.9",
                      "5/2/2024 10:00:00 AM" },
                    { failed.format, failed.status, failed.recipient, failed.sender, failed.queue_id,
                      failed.relay, failed.time })
    assert.are.equal("deferred", r:line(row:format("Pending")).status)
    assert.are.equal("sent", r:line(row:format("Delivered")).status)
    assert.is_nil(r:line(row:format("FilteredAsSpam")))
  end)

  it("PowerMTA: b, t and d records by their header; dsnDiag is the reply", function()
    local r = smtperr.logreader()
    r:line("type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType")
    local b = r:line("b,2024-05-02 10:00:00+0000,2024-05-02 09:59:00+0000,me@example.org,ann@example.net,,"
      .. "failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 <ann@example.net>: user unknown,"
      .. "mx.example.net (192.0.2.5),bad-mailbox,smtp")
    assert.are.same({ "powermta", "bounced", "ann@example.net", "me@example.org", "5.1.1",
                      "550 5.1.1 <ann@example.net>: user unknown", "mx.example.net (192.0.2.5)", "user_unknown" },
                    { b.format, b.status, b.recipient, b.sender, b.dsn, b.reply, b.relay, b.reason })
    assert.are.equal("deferred", r:line("t,2024-05-02 10:00:00+0000,,me@example.org,c@x.org,,delayed,"
      .. "4.2.2 (mailbox full),smtp;452 4.2.2 over quota,mx.x.org (192.0.2.6),quota-issues,smtp").status)
    assert.is_nil(r:line("r,2024-05-02 10:00:00+0000,,me@example.org,c@x.org,,,,,,,smtp"))
    r:finish()                                           -- the next input has no header
    assert.is_nil(r:line("x,1,2"))
  end)

  it("KumoMTA: the record types, the reply rebuilt from response, the peer as relay", function()
    local function record(type, code, enhanced, content)
      return ('{"type":"%s","id":"d69b7572696011eebb51227d27bbd7ab","sender":"me@example.org",'
        .. '"recipient":"ann@example.net","queue":"example.net","site":"","size":27,"response":'
        .. '{"code":%d,"enhanced_code":%s,"content":"%s","command":"."},"peer_address":{"name":'
        .. '"mx.example.net","addr":"192.0.2.5"},"timestamp":1682712864,"created":1682712864,'
        .. '"num_attempts":1,"bounce_classification":"Uncategorized","meta":{"a":[1,{"b":null}]}}')
        :format(type, code, enhanced, content)
    end
    local r = smtperr.logline(record("TransientFailure", 452, '{"class":4,"subject":2,"detail":2}',
                                     "Mailbox full \\u00e9t\\u00e9 \\ud83d\\udce7"))
    assert.are.same({ "kumomta", "deferred", "452 4.2.2 Mailbox full été 📧", "4.2.2",
                      "mx.example.net[192.0.2.5]", "d69b7572696011eebb51227d27bbd7ab", "1682712864",
                      "mailbox_full" },
                    { r.format, r.status, r.reply, r.dsn, r.relay, r.queue_id, r.time, r.reason })
    assert.are.equal("expired", smtperr.logline(record("Expiration", 451, "null", "too old")).status)
    assert.are.equal("bounced", smtperr.logline(record("AdminBounce", 550, "null", "")).status)
    local reject = smtperr.logline(record("Rejection", 550, "null", "no relay"))
    assert.are.same({ "bounced", true, "550 no relay" }, { reject.status, reject.reject, reject.reply })
    assert.is_nil(smtperr.logline(record("Reception", 250, "null", "")))
    assert.is_nil(smtperr.logline(record("Bounce", 550, "null", "x"):sub(1, -2)))
  end)
end)

describe("smtperr.logreader", function()
  for _, format in ipairs(FORMATS) do
    describe(format .. ".tsv, each source's lines read in order", function()
      local rows = rows_of(format)
      local by_line, by_chunk = read_by_source(rows), read_by_source(rows, 37)
      for i, row in ipairs(rows) do
        it(i .. " " .. row.line:sub(1, 70), function()
          if row.status == "" then
            assert.is_nil(by_line[i], row.note)
            assert.is_nil(by_chunk[i], row.note)
          else
            check_record(by_line[i], row, format)
            local a, b = by_line[i], by_chunk[i]
            assert.are.same(a, b)                       -- fed in chunks: the same record
          end
        end)
      end
    end)
  end

  it("the exceptions are the rows they name", function()
    local found = 0
    for _, format in ipairs(FORMATS) do
      for _, row in ipairs(rows_of(format)) do
        if next(exception_of(row.line)) then found = found + 1 end
      end
    end
    assert.are.equal(2, found)
  end)

  describe("options", function()
    local SENT = "Jul 10 10:09:09 srv24-s-st postfix/smtp[23225]: EB3DCDF04EB: to=<arsenal@scn.ru>, "
      .. "relay=mail.scn.ru[80.255.139.141]:25, delay=65, dsn=2.0.0, status=sent (250 OK id=1SoTaM-0007or-4a)"
    local BOUNCED = "Dec  7 00:09:50 xxxx postfix/smtp[4719]: B174DABE16: to=<a@gmail.com>, relay=smtp.comcast.net"
      .. "[::ffff:76.96.62.117]:587, dsn=5.1.0, status=bounced (host smtp.comcast.net[::ffff:76.96.62.117] "
      .. "said: 550 5.1.0 Authentication required (in reply to MAIL FROM command))"

    local function keys(t)
      local list = {}
      for k in pairs(t) do list[#list + 1] = k end
      table.sort(list)
      return list
    end

    it("classify: every record (default), none, or the failures only", function()
      assert.are.equal("success", smtperr.logreader():line(SENT).reason)
      assert.are.equal("success", smtperr.logreader({ classify = true }):line(SENT).reason)
      local none = smtperr.logreader({ classify = false })
      assert.is_nil(none:line(BOUNCED).reason)
      assert.are.equal("bounced", none:line(BOUNCED).status)
      local failures = smtperr.logreader({ classify = "failures" })
      assert.is_nil(failures:line(SENT).reason)
      assert.are.equal("auth_required", failures:line(BOUNCED).reason)
      assert.is_nil(smtperr.new():logreader({ classify = "none" }):line(BOUNCED).reason)
    end)

    it("fields: records hold only the fields named", function()
      local r = smtperr.logreader({ fields = { "status", "recipient", "reason", "remote_host", "line" } })
      assert.are.same({ "line", "reason", "recipient", "remote_host", "status" }, keys(r:line(BOUNCED)))
      assert.are.same({ "line", "reason", "recipient", "status" }, keys(r:line(SENT)))
      assert.are.same({ "host" }, keys(smtperr.logreader({ fields = { "host" } }):line(SENT)))
      assert.are.same({}, keys(smtperr.logreader({ fields = {} }):line(SENT)))
    end)

    it("a wrong option raises", function()
      for _, options in ipairs({ { classify = "some" }, { classify = 1 }, { fields = "status" },
                                 { fields = { "status", "nothing" } }, { fields = { 1 } } }) do
        local ok, err = pcall(smtperr.logreader, options)
        assert.is_false(ok)
        assert.matches("bad argument #1 to '[%w.?]*' %(field '%a+': ", err)
      end
      local ok, err = pcall(smtperr.new().logreader, smtperr.new(), { fields = { "x" } })
      assert.is_false(ok)
      assert.matches("bad argument #2 to '[%w.?]*' %(field 'fields': no field 'x'%)", err)
    end)
  end)

  describe("state", function()
    local QMGR = "Dec 27 03:48:54 mx postfix/qmgr[22753]: C93CEB08A046: from=<ina@somedomain.com>, "
      .. "size=1844, nrcpt=1 (queue active)"
    local DEFER = "Dec 27 03:49:24 mx postfix/smtp[15816]: C93CEB08A046: to=<order@arobor.ru>, relay=none, "
      .. "delay=307136, dsn=4.4.1, status=deferred (connect to arobor.ru[178.210.73.19]:25: Connection timed out)"
    local EXPIRE = "Dec 28 13:39:28 mx postfix/qmgr[22753]: C93CEB08A046: from=<ina@somedomain.com>, "
      .. "status=expired, returned to sender"

    it("each reader keeps its own: what one learns, another does not know", function()
      local a, b = smtperr.logreader(), smtperr.logreader()
      a:line(QMGR)
      assert.are.equal("ina@somedomain.com", a:line(DEFER).sender)
      assert.is_nil(b:line(DEFER).sender)
      local expired = a:line(EXPIRE)
      assert.are.same({ "expired", "order@arobor.ru" }, { expired.status, expired.recipient })
      assert.is_nil(smtperr.logreader():line(EXPIRE).recipient)
    end)

    it("an expiry names the recipients still queued, once", function()
      local r = smtperr.logreader()
      r:line(QMGR)
      r:line(DEFER)
      r:line(DEFER:gsub("order@", "sales@"))
      r:line(DEFER:gsub("order@", "sales@"):gsub("deferred %(.*$", "sent (250 Ok)"))
      assert.are.equal("order@arobor.ru", r:line(EXPIRE).recipient)
      assert.is_nil(r:line(EXPIRE).recipient)
    end)

    it("r:line gives two records when it completes a held Sendmail failure too", function()
      local r = smtperr.logreader()
      local TO = "Sep 14 11:59:34 u sm-mta[7425]: l8E3xVpO007423: to=<a@whatever.com>, delay=00:00:03, "
        .. "mailer=esmtp, pri=120344, relay=whatever.com. [74.200.79.210], dsn=5.1.1, stat=User unknown"
      assert.is_nil(r:line(TO))
      local first, second = r:line((TO:gsub("a@", "b@"):gsub("007423", "007424")))
      assert.are.same({ "a@whatever.com", 1 }, { first.recipient, first.line })
      assert.is_nil(second)                             -- the second is held in turn
      first, second = r:line("Nov  8 18:39:58 m2 sendmail[18784]: pA8Ndtvm018781: to=<c@x.net>, "
        .. "delay=00:00:03, mailer=esmtp, pri=107011, relay=r.x.net. [192.0.2.1], dsn=2.0.0, stat=Sent (ok)")
      assert.are.same({ "b@whatever.com", 2, "c@x.net", 3 },
                      { first.recipient, first.line, second.recipient, second.line })
    end)

    it("finish reads the unfinished line and restarts the line numbers", function()
      local r = smtperr.logreader()
      assert.are.same({}, r:feed(QMGR .. "\n" .. DEFER:sub(1, 50)))
      assert.are.same({}, r:feed(DEFER:sub(51)))
      local list = r:finish()
      assert.are.same({ 1, 2, "ina@somedomain.com" }, { #list, list[1].line, list[1].sender })
      assert.are.equal(1, r:line(DEFER).line)
      assert.are.same({}, r:finish())
      assert.are.same({ 3, 3 }, { r:stats().lines, r:stats().formats.postfix })
    end)

    it("stats and tostring tell what the reader holds", function()
      local r = smtperr.logreader()
      r:line(QMGR)
      local st = r:stats()
      assert.are.same({ 1, 1, 1 }, { st.lines, st.sessions, st.formats.postfix })
      assert.is_true(st.max_sessions >= 1000)
      assert.is_true(st.bytes > 0)
      assert.matches("^smtperr%.logreader %(1 lines, 1 of %d+ ids kept%)$", tostring(r))
    end)

    it("a million distinct queue ids do not grow its memory", function()
      local r = smtperr.logreader()
      local base = {}
      for i = 1, 10000 do
        base[i] = ("Nov 30 10:00:00 mx postfix/qmgr[1]: @@%05d: from=<s%d@example.org>, size=1, nrcpt=1 "
          .. "(queue active)\n"):format(i, i)
      end
      base = table.concat(base)
      local before
      for k = 1, 100 do
        local chunk = base:gsub("@@", ("%03X"):format(k))
        assert.are.same({}, r:feed(chunk))
        if k == 1 then
          collectgarbage()
          collectgarbage()
          before = collectgarbage("count")
        end
      end
      collectgarbage()
      collectgarbage()
      local st = r:stats()
      assert.are.same({ 1000000, st.max_sessions }, { st.lines, st.sessions })
      assert.is_true(collectgarbage("count") - before < 64, collectgarbage("count") - before .. " KB")
      -- the newest are the ones remembered
      assert.are.equal("s10000@example.org", r:line("Nov 30 10:00:01 mx postfix/smtp[2]: 06410000: "
        .. "to=<a@b.org>, relay=none, dsn=4.4.1, status=deferred (connect to b.org: timed out)").sender)
      assert.is_nil(r:line("Nov 30 10:00:01 mx postfix/smtp[2]: 00100001: to=<a@b.org>, relay=none, "
        .. "dsn=4.4.1, status=deferred (connect to b.org: timed out)").sender)
    end)
  end)
end)

describe("hostile lines", function()
  local function answers(...)
    local n = select("#", ...)
    local a = ...
    assert.is_true(n >= 1 and (a == nil or type(a) == "table"))
    return a
  end

  local cases = {
    nul = "Nov 30 10:00:00 mx postfix/smtp[1]: A1: to=<a\0@b.org>, relay=none, dsn=5.1.1, status=bounced "
      .. "(host x[1.2.3.4] said: 550\0 5.1.1 user\0unknown)",
    binary = (function()
      local t = {}
      for i = 1, 100000 do t[i] = string.char((i * 7919) % 256) end
      return table.concat(t)
    end)(),
    angles = "Nov 30 10:00:00 mx postfix/smtp[1]: A1: " .. ("to=<"):rep(250000),
    commas = "Nov 30 10:00:00 x sendmail[1]: Q1234567: to=" .. ("<a@b>,"):rep(200000) .. " stat=Deferred",
    said = "Nov 30 10:00:00 mx postfix/smtp[1]: A1: to=<a@b>, status=bounced (" .. ("host said: "):rep(100000),
    json_deep = ("["):rep(100000) .. ("]"):rep(100000),
    json_nested = '{"type":"Bounce","meta":' .. ('{"a":'):rep(40) .. "1" .. ("}"):rep(40) .. "}",
    quotes = ('"'):rep(500000),
    csv = "type,rcpt\n" .. ("d,"):rep(300000),
    exim = "2026-11-30 09:13:10 1tB2cD-00A1bC-7x ** a@b " .. ('C="'):rep(200000),
    qmail = "1054189746.123136 delivery 1: failure: " .. ("Remote_host_said:_"):rep(100000),
    opensmtpd = "0123456789abcdef mta delivery evpid=1 from=<a> to=<b> result=\"Ok\" stat=" .. ("(\""):rep(100000),
  }
  for name, line in pairs(cases) do
    it(name .. " (" .. #line .. " bytes)", function()
      answers(smtperr.logline(line))
      local r = smtperr.logreader()
      answers(r:line(line))
      assert.is_table(r:feed(line))
      assert.is_table(r:finish())
    end)
  end

  it("a 10 MB line: read alone whole, by a reader from its first 64 KB", function()
    local line = "Nov 30 10:00:00 mx postfix/smtp[1]: A1: to=<a@b.org>, relay=none, dsn=5.1.1, "
      .. "status=bounced (host x[1.2.3.4] said: 550 5.1.1 user unknown " .. ("x"):rep(10 * MB) .. ")"
    local alone = smtperr.logline(line)
    assert.are.same({ "bounced", "user_unknown", 550 }, { alone.status, alone.reason, alone.code })
    assert.is_true(#alone.reply > 10 * MB)
    local r = smtperr.logreader()
    local cut = r:line(line)
    assert.are.same({ "bounced", "user_unknown", 1 }, { cut.status, cut.reason, cut.line })
    assert.is_true(#cut.reply < 64 * 1024)
    local list = r:feed(line .. "\n" .. line:sub(1, 300) .. ")\n")
    assert.are.same({ 2, 2, 3, "user_unknown", "user_unknown" },
                    { #list, list[1].line, list[2].line, list[1].reason, list[2].reason })
    assert.are.equal(#cut.reply, #list[1].reply)
    assert.is_true(r:stats().bytes < 4 * MB)
  end)

  it("half a line at the end of each chunk, cut at every byte", function()
    local log = table.concat({
      "Nov 30 08:00:40 mx1 postfix/smtp[4153]: F921EBAE79: to=<jules.simon@free.fr>, relay=mx1.free.fr"
        .. "[212.27.48.6]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx1.free.fr[212.27.48.6] said: 550 "
        .. "5.1.1 <jules.simon@free.fr>: User unknown (in reply to RCPT TO command))",
      "2026-11-30 09:13:11 1tB2cE-00A1bC-8y == dan@example.com R=dnslookup T=remote_smtp defer (-44): "
        .. "SMTP error from remote mail server after RCPT TO:<dan@example.com>: 451 4.7.1 Greylisted",
      '{"type":"Bounce","recipient":"dead@gmail.com","response":{"code":550,"enhanced_code":{"class":5,'
        .. '"subject":1,"detail":1},"content":"no such user"}}',
    }, "\r\n")
    local whole = smtperr.logreader():feed(log .. "\n")
    assert.are.equal(3, #whole)
    local r = smtperr.logreader()             -- finish() starts each input anew
    for cut = 1, #log - 1 do
      local list = r:feed(log:sub(1, cut))
      for _, rec in ipairs(r:feed(log:sub(cut + 1))) do list[#list + 1] = rec end
      for _, rec in ipairs(r:finish()) do list[#list + 1] = rec end
      assert.are.same(whole, list, "cut at " .. cut)
    end
  end)
end)
