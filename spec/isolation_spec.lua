-- Many users of one loaded module at once: coroutines interleave their
-- calls (as nginx requests and Prosody sessions do) and never see each
-- other's results, rules or cached tables.
local smtperr = require("smtperr")

local workloads = {
  { reply = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
    reason = "user_unknown", class = "permanent", address = "bob@example.org" },
  { reply = "451 4.7.1 Greylisting in action, please come back in 00:05:00",
    reason = "greylisted", class = "transient", retry_after = 300 },
  { reply = "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    reason = "blocked", class = "permanent" },
  { reply = "421 4.7.0 mx.example.org Error: too many connections from 192.0.2.1",
    reason = "rate_limited", class = "transient" },
}

local function worker(w, rounds)
  return coroutine.create(function()
    for _ = 1, rounds do
      local r = smtperr.classify(w.reply)
      coroutine.yield(r)
      local again = smtperr.classify(w.reply)
      coroutine.yield(again, smtperr.explain(w.reply, "fr"))
    end
  end)
end

describe("isolation", function()
  it("interleaved coroutines never mix their results", function()
    local cos, checked = {}, 0
    for i, w in ipairs(workloads) do cos[i] = worker(w, 50) end
    local alive = #cos
    while alive > 0 do
      alive = 0
      for i, co in ipairs(cos) do
        if coroutine.status(co) ~= "dead" then
          local ok, r, text = coroutine.resume(co)
          assert.is_true(ok, r)
          if r ~= nil then
            local w = workloads[i]
            assert.are.equal(w.reason, r.reason)
            assert.are.equal(w.class, r.class)
            assert.are.equal(w.address, r.address)
            assert.are.equal(w.retry_after, r.retry_after)
            if text then assert.matches("Raison", text) end
            checked = checked + 1
          end
          if coroutine.status(co) ~= "dead" then alive = alive + 1 end
        end
      end
    end
    assert.are.equal(#workloads * 50 * 2, checked)
  end)

  it("classifiers made in different coroutines keep their own rules", function()
    local function make(reason)
      return coroutine.wrap(function()
        local c = smtperr.new({ rules = { { match = "shared words", reason = reason } } })
        while true do coroutine.yield(c:classify("450 shared words").reason) end
      end)
    end
    local a, b = make("blocked"), make("mailbox_full")
    for _ = 1, 100 do
      assert.are.equal("blocked", a())
      assert.are.equal("mailbox_full", b())
      assert.are.equal("unknown", smtperr.classify("450 shared words").reason)
    end
  end)

  it("results are fresh tables: changing one changes no other", function()
    local r1 = smtperr.classify("550 5.1.1 User unknown")
    r1.reason = "changed"
    assert.are.equal("user_unknown", smtperr.classify("550 5.1.1 User unknown").reason)
  end)

  it("a second copy of the module in another state agrees", function()
    -- A separate process is a separate lua_State with its own module copy.
    local lua = os.getenv("SMTPERR_LUA") or "lua5.4"
    local cpath = os.getenv("SMTPERR_CPATH") or "build/lua5.4/?.so"
    local cmd = ("LUA_CPATH='%s;;' %s -e 'local s = require(\"smtperr\") "
      .. "io.write(s.classify(\"452 4.2.2 Mailbox full\").reason)'"):format(cpath, lua)
    local p = assert(io.popen(cmd))
    local out = p:read("*a")
    p:close()
    assert.are.equal("mailbox_full", out)
    assert.are.equal("mailbox_full", smtperr.classify("452 4.2.2 Mailbox full").reason)
  end)
end)
