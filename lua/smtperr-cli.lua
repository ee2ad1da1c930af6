#!/usr/bin/env lua
print("placeholder")
