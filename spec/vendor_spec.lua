-- Every row of the vendor table (spec/fixtures/vendor-replies.tsv): real
-- replies from providers and MTAs with their expected reason and class.
local smtperr = require("smtperr")
local helpers = require("spec.helpers")

-- Where the table's label cannot come from the reply's words, the spec
-- states what smtperr answers and why.
local disagreements = {
  ["501 Syntax error in parameters or arguments"] = {
    reason = "syntax_error",
    why = "United Internet (GMX) uses RFC 5321's own 501 text to refuse misconfigured "
      .. "senders; nothing in the reply names GMX or a policy, so it reads as a syntax error",
  },
}

describe("the vendor table", function()
  for i, row in ipairs(helpers.tsv("vendor-replies.tsv")) do
    local reply = helpers.unescape(row.reply)
    it(i .. " " .. row.source .. ": " .. reply:sub(1, 60), function()
      local r, err = smtperr.classify(reply)
      assert.is_table(r, err)
      local expected = disagreements[reply] or row
      assert.are.equal(expected.reason, r.reason)
      assert.are.equal(row.class, r.class)
      if row.code ~= "" then assert.are.equal(tonumber(row.code), r.code) end
      if row.enhanced ~= "" and reply:find(row.enhanced, 1, true) then
        assert.are.equal(row.enhanced, r.enhanced)
      end
      assert.is_string(r.evidence)
    end)
  end
end)
