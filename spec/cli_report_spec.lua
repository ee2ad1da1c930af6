-- What scan counts (smtperr.cli.tally) and prints (smtperr.cli.report),
-- from failures made here.
local smtperr = require("smtperr")
local tally = require("smtperr.cli.tally")
local report = require("smtperr.cli.report")
local scan = require("smtperr.cli.scan")

local json do
  local ok, cjson = pcall(require, "cjson")
  json = ok and cjson or require("dkjson")
end
local codec = require("smtperr.cli.json").load()

local function failure(fields)
  fields.status = fields.status or "bounced"
  return fields
end

local BOB = failure { recipient = "bob@example.org", reason = "user_unknown", class = "permanent",
                      bounce = "hard", action = "remove_recipient", command = "RCPT", code = 550,
                      enhanced = "5.1.1", retry = false, reply = "550 5.1.1 User unknown" }
local ANN = failure { status = "deferred", recipient = "ann@example.net", reason = "mailbox_full",
                      class = "transient", bounce = "soft", action = "retry", command = "RCPT",
                      code = 452, enhanced = "4.2.2", retry = true }
local CY = failure { status = "deferred", recipient = "cy@example.net", reason = "greylisted",
                     class = "transient", bounce = "soft", action = "retry", command = "RCPT",
                     code = 451, enhanced = "4.7.1", retry = true, retry_after = 300 }
local DAN = failure { recipient = "dan@example.com", reason = "blocked", class = "permanent",
                      bounce = "soft", action = "check_reputation", command = "DATA", code = 554,
                      enhanced = "5.7.1", retry = false }
local EVE = failure { recipient = "eve@example.com", reason = "message_too_big", class = "permanent",
                      bounce = "soft", action = "reduce_size", code = 552, retry = false }

local function copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end

-- A tally of the failures above: Ann tried twice, Cy delivered later.
local function sample_tally(keep_entries)
  local tl = tally.new(keep_entries)
  tl.files, tl.lines = { "mail.log", "-" }, 120
  tl.formats = { postfix = 100, exim = 0, sendmail = 3, dsn = 5 }
  for _, e in ipairs({ BOB, ANN, ANN, CY, DAN, EVE }) do tl:add_failure(copy(e)) end
  tl:add_delivery("cy@example.net")
  tl:add_delivery("zed@example.org")
  tl:add_delivery(nil)
  return tl
end

local function reason_row(count, name, lang)
  return string.format("%4d  %-19s %s", count, name, smtperr.reasons[name][lang or "en"])
end

describe("smtperr.cli.tally", function()
  it("counts failures and deliveries", function()
    local tl = sample_tally()
    assert.are.same({ 6, 3, 3, 3, 1 }, { tl.total, tl.bounced, tl.deferred, tl.delivered, tl.recovered })
    assert.are.same({ user_unknown = 1, mailbox_full = 2, greylisted = 1, blocked = 1,
                      message_too_big = 1 }, tl.by_reason)
    assert.are.same({ ["example.org"] = 1, ["example.net"] = 3, ["example.com"] = 2 }, tl.by_domain)
    assert.are.same({ RCPT = 4, DATA = 1 }, tl.by_command)
    assert.are.equal(1, tl.no_command)
    assert.are.same({ hard = { user_unknown = 1 }, retry = { mailbox_full = 2, greylisted = 1 },
                      sender = { blocked = 1 }, other = { message_too_big = 1 } }, tl.groups)
    assert.are.same({ ["bob@example.org"] = "user_unknown" }, tl.hard)
    assert.are.same({ ["ann@example.net"] = { tries = 2, reason = "mailbox_full", code = "452 4.2.2" } },
                    tl.soft)
    assert.are.same({ blocked = { action = "check_reputation", commands = { DATA = 1 },
                                  domains = { ["example.com"] = 1 } } }, tl.sender)
    assert.is_nil(tl.entries)
  end)

  it("sorts a failure into hard, retry, sender or other", function()
    assert.are.equal("hard", tally.group_of(BOB))
    assert.are.equal("retry", tally.group_of(ANN))
    assert.are.equal("sender", tally.group_of(DAN))
    assert.are.equal("other", tally.group_of(EVE))
    -- unclassified but deferred by the MTA: worth retrying
    assert.are.equal("retry", tally.group_of({ status = "deferred", reason = "unknown" }))
    assert.are.equal("other", tally.group_of({ status = "bounced", reason = "unknown" }))
  end)

  it("a hard bounce ends the retries of an address; a later soft failure does not start them", function()
    local tl = tally.new()
    local soft = copy(ANN)
    soft.recipient = "bob@example.org"
    tl:add_failure(copy(soft))
    assert.is_table(tl.soft["bob@example.org"])
    tl:add_failure(copy(BOB))
    tl:add_failure(copy(soft))
    assert.is_nil(tl.soft["bob@example.org"])
    assert.are.equal("user_unknown", tl.hard["bob@example.org"])
  end)

  it("a bounce of another kind ends the retries of an address", function()
    local tl = tally.new()
    tl:add_failure(copy(ANN))
    local given_up = copy(EVE)
    given_up.recipient = ANN.recipient
    tl:add_failure(given_up)
    assert.are.same({}, tl.soft)
    assert.are.equal(0, tl.recovered)
  end)

  it("keeps the entries when asked", function()
    local tl = sample_tally(true)
    assert.are.equal(6, #tl.entries)
    assert.are.equal("dan@example.com", tl.entries[5].recipient)
  end)
end)

describe("smtperr.cli.scan entry_of", function()
  it("takes the classification, and its address when the log has no recipient", function()
    local record = { format = "dsn", status = "bounced", reply = "550 5.1.1 ...", line = 7 }
    for k, v in pairs(smtperr.classify("550 5.1.1 <Helene@Example.ORG>... User unknown")) do
      record[k] = v
    end
    record.remote_host, record.host = "mx.example.org", nil
    local e = scan.entry_of(record, nil)
    assert.are.same({ "Helene@example.org", "bounced", "dsn", "550 5.1.1 ...", "user_unknown", 550,
                      "5.1.1", "hard", "mx.example.org", 7 },
                    { e.recipient, e.status, e.format, e.reply, e.reason, e.code, e.enhanced, e.bounce,
                      e.host, e.line })
  end)

  it("an unrecognised reply is reason unknown, with the relay's host name", function()
    local e = scan.entry_of({ format = "exim", status = "deferred", recipient = "a@B.org",
                              detail = "??", relay = "mx.b.org [192.0.2.7]", time = "2026-11-30 09:00:00",
                              queue_id = "1tB2cD-00A1bC-7x" }, "a@B.org")
    assert.are.same({ recipient = "a@b.org", status = "deferred", format = "exim", reply = "??",
                      reason = "unknown", host = "mx.b.org", relay = "mx.b.org [192.0.2.7]",
                      time = "2026-11-30 09:00:00", queue_id = "1tB2cD-00A1bC-7x" }, e)
  end)

  it("a relay without a host name gives no host", function()
    for _, relay in ipairs({ "none", "local", "[127.0.0.1] [127.0.0.1]", "127.0.0.1 (localhost)" }) do
      assert.is_nil(scan.entry_of({ status = "bounced", relay = relay }, nil).host, relay)
    end
    assert.are.equal("mx.example.com", scan.entry_of({ status = "bounced",
      relay = "mx.example.com. [192.0.2.10]" }, nil).host)
  end)
end)

describe("smtperr.cli.report", function()
  it("summary: counts, stages, domains, then each group", function()
    local summary = report.summary(sample_tally(), "en")
    assert.are.equal(table.concat({
      "mail.log, standard input: 120 lines (Postfix 100, Sendmail 3, DSN 5)",
      "Delivered 3, failed or deferred 6 (bounced 3, deferred 3)",
      "By SMTP stage: RCPT 4, DATA 1, not said 1",
      "By recipient domain: example.net 3, example.com 2, example.org 1",
      "",
      "Hard bounces: 1 address to remove",
      reason_row(1, "user_unknown"),
      "      bob@example.org",
      "",
      "Soft failures worth retrying: 3 failures, 1 address still failing, 1 delivered later",
      reason_row(2, "mailbox_full"),
      reason_row(1, "greylisted"),
      "      ann@example.net  mailbox_full   452 4.2.2  2 tries",
      "",
      "Sender-side problems to fix: 1 failure",
      reason_row(1, "blocked"),
      "      -> Check the sending IP and domain on block lists and with the provider's postmaster tools, "
        .. "fix the",
      "         cause, then ask for delisting.",
      "         example.com 1; at DATA 1",
      "",
      "Other failures",
      reason_row(1, "message_too_big"),
      "",
    }, "\n"), summary)
  end)

  it("summary in French", function()
    local summary = report.summary(sample_tally(), "fr")
    assert.matches("^mail%.log, entrée standard: 120 lignes %(Postfix 100, Sendmail 3, DSN 5%)\n"
      .. "Remis 3, en échec ou différés 6 %(rejetés 3, différés 3%)\n"
      .. "Par étape SMTP : RCPT 4, DATA 1, non précisée 1\n", summary)
    assert.truthy(summary:find("\nRebonds durs : 1 adresse à retirer\n" .. reason_row(1, "user_unknown", "fr"),
      1, true))
    assert.truthy(summary:find("\n      ann@example.net  mailbox_full   452 4.2.2  2 essais\n", 1, true))
    assert.truthy(summary:find("         example.com 1 ; à l'étape DATA 1\n", 1, true))
  end)

  it("summary without failures", function()
    local tl = tally.new()
    tl.files, tl.lines, tl.formats.exim = { "-" }, 2, 2
    tl:add_delivery("a@b.org")
    assert.are.equal("standard input: 2 lines (Exim 2)\n"
      .. "Delivered 1, failed or deferred 0 (bounced 0, deferred 0)\n"
      .. "No failed or deferred delivery found.\n", report.summary(tl, "en"))
  end)

  it("summary: long lists end with a count of the rest", function()
    local tl = tally.new()
    tl.files, tl.lines, tl.formats.postfix = { "x.log" }, 20, 20
    for i = 1, 12 do
      local e = copy(BOB)
      e.recipient = string.format("user%02d@domain%02d.example", i, i)
      tl:add_failure(e)
      local s = copy(CY)
      s.recipient = string.format("soft%02d@example.net", i)
      tl:add_failure(s)
    end
    local summary = report.summary(tl, "en")
    assert.matches("\nBy recipient domain: example%.net 12, domain01%.example 1, .-, and 5 more\n", summary)
    assert.matches("\nHard bounces: 12 addresses to remove %(smtperr scan %-%-json lists them all%)\n", summary)
    assert.matches(", and %d+ more\n", summary:match("\nHard bounces.-\n\n"))
    assert.matches("\n      soft05@example%.net  greylisted     451 4%.7%.1  retry after 300 s\n"
      .. "      and 7 more\n", summary)
  end)

  it("json: every count and list, entries completed with null", function()
    local tl = sample_tally(true)
    tl.entries[1].recipient = "b\233b@example.org"          -- Latin-1 from a log
    local text = report.json(tl, codec)
    local object = json.decode(text)
    assert.are.same({ "mail.log", "-" }, object.files)
    assert.are.same({ 120, 6, 3, 3, 3, 1 }, { object.lines, object.total, object.bounced, object.deferred,
                                              object.delivered, object.recovered })
    assert.are.same({ postfix = 100, exim = 0, sendmail = 3, dsn = 5 }, object.formats)
    assert.are.same({ "bob@example.org" }, object.hard_bounces)
    assert.are.same({ { recipient = "ann@example.net", reason = "mailbox_full", tries = 2 } },
                    { { recipient = object.retry[1].recipient, reason = object.retry[1].reason,
                        tries = object.retry[1].tries } })
    assert.truthy(text:find('"retry_after":null', 1, true))
    assert.are.same({ blocked = 1 }, object.sender_problems)
    assert.are.same({ RCPT = 4, DATA = 1 }, object.by_command)
    assert.are.equal(6, #object.entries)
    assert.are.equal("béb@example.org", object.entries[1].recipient)
    local eve = object.entries[6]
    assert.are.same({ "eve@example.com", "message_too_big", 552, "bounced" },
                    { eve.recipient, eve.reason, eve.code, eve.status })
    for _, field in ipairs({ "command", "enhanced", "host", "retry_after", "format", "reply" }) do
      assert.are.equal(json.null, eve[field], field)
    end
  end)

  it("json: empty lists stay lists, empty maps stay objects", function()
    local tl = tally.new(true)
    tl.files, tl.lines = { "-" }, 1
    tl:add_delivery("a@b.org")
    local text = report.json(tl, codec)
    for _, key in ipairs({ "hard_bounces", "retry", "entries" }) do
      assert.truthy(text:find('"' .. key .. '":[]', 1, true), key)
    end
    for _, key in ipairs({ "by_reason", "by_domain", "by_command", "sender_problems" }) do
      assert.truthy(text:find('"' .. key .. '":{}', 1, true), key)
    end
  end)
end)
