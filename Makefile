# smtperr: build, test and install the Lua module.
#
#   make                      build build/lua5.4/smtperr.so
#   make LUA=luajit           the same for lua5.1, lua5.2, lua5.3 or luajit
#   make test [LUA=...]       run the busted specs on that Lua
#   make test-all             run them on all five
#   make generate             rebuild the C tables from src/data/
#   make check-generated      fail when the committed C tables are stale
#   make install / uninstall  PREFIX, DESTDIR, LUA_VERSION, INST_LIBDIR, INST_BINDIR

LUA       ?= lua5.4
LUAS      := lua5.1 lua5.2 lua5.3 lua5.4 luajit
LUA_VERSION ?= $(if $(filter luajit,$(LUA)),5.1,$(patsubst lua%,%,$(LUA)))
GEN_LUA   ?= lua5.4

CC        ?= cc
CFLAGS    ?= -O2
WARN      := -std=c99 -pedantic -Wall -Wextra -Werror -Wshadow -Wconversion \
             -Wstrict-prototypes -Wmissing-prototypes -Wundef -Wwrite-strings
PIC       := -fPIC -fvisibility=hidden
LUA_CFLAGS = $(shell pkg-config --cflags $(LUA))

BUILD     := build/$(LUA)
MODULE    := $(BUILD)/smtperr.so
CORE      := src/ac.c src/table.c src/classify.c src/explain.c src/rules.c \
             src/gen_tables.c src/gen_automaton.c
SRCS      := $(CORE) src/lsmtperr.c
HDRS      := src/smtperr.h src/gen_tables.h src/compat.h
DATA      := $(wildcard src/data/*.lua)

PREFIX    ?= /usr/local
INST_LIBDIR ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
INST_BINDIR ?= $(PREFIX)/bin

BUSTED    ?= /usr/bin/busted
BUSTED_FLAGS ?= -o plainTerminal

.PHONY: all test test-all generate check-generated install uninstall clean lint bench

all: $(MODULE)

$(MODULE): $(SRCS) $(HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS) $(WARN) $(PIC) $(LUA_CFLAGS) -shared -o $@ $(SRCS)

# The specs run the command as a process too: they get the interpreter and
# the module's folder from SMTPERR_LUA and SMTPERR_CPATH.
test: $(MODULE)
	SMTPERR_LUA=$(LUA) SMTPERR_CPATH="$(BUILD)/?.so" \
	  $(LUA) $(BUSTED) $(BUSTED_FLAGS) --cpath="$(BUILD)/?.so" spec

test-all:
	@for l in $(LUAS); do $(MAKE) --no-print-directory test LUA=$$l || exit 1; done

# The C tables come from src/data/ in two steps: the Lua generator writes
# gen_tables.[ch]; mkdfa compiles their phrases into gen_automaton.c with
# the run-time automaton builder. $(call gen,DIR) does both in a copy of
# the sources under DIR.
define gen
	@rm -rf $(1) && mkdir -p $(1)/tools
	@cp src/smtperr.h src/ac.c $(1)/ && cp src/tools/mkdfa.c $(1)/tools/
	@$(GEN_LUA) lua/gen-tables.lua src/data $(1)
	@$(CC) -O1 $(WARN) -o $(1)/mkdfa $(1)/tools/mkdfa.c $(1)/ac.c $(1)/gen_tables.c
	@$(1)/mkdfa > $(1)/gen_automaton.c
endef

GENERATED := gen_tables.h gen_tables.c gen_automaton.c

generate:
	$(call gen,build/gen)
	@for f in $(GENERATED); do cp build/gen/$$f src/$$f; done
	@head -2 src/gen_automaton.c | tail -1

check-generated:
	$(call gen,build/check)
	@for f in $(GENERATED); do \
	  cmp -s build/check/$$f src/$$f || { echo "src/$$f is stale: run 'make generate'"; exit 1; }; \
	done
	@echo "generated tables are up to date"

install: $(MODULE)
	install -d $(DESTDIR)$(INST_LIBDIR)
	install -m 0755 $(MODULE) $(DESTDIR)$(INST_LIBDIR)/smtperr.so

uninstall:
	rm -f $(DESTDIR)$(INST_LIBDIR)/smtperr.so

# Speed and memory against the floors of src/bench/floor.c (see lua/bench.lua).
BENCH_BUILD := build/bench/$(LUA)
$(BENCH_BUILD)/floor.so: src/bench/floor.c
	@mkdir -p $(BENCH_BUILD)
	$(CC) $(CFLAGS) $(WARN) $(PIC) $(LUA_CFLAGS) -shared -o $@ $<

bench: $(MODULE) $(BENCH_BUILD)/floor.so
	LUA_CPATH="$(BUILD)/?.so;$(BENCH_BUILD)/?.so;;" $(LUA) lua/bench.lua $(BENCH_FLAGS)

lint:
	luacheck --no-color lua spec src/data

clean:
	rm -rf build smtperr.so src/*.o
