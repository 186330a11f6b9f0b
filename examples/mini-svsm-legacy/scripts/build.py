#!/usr/bin/env python3
# Marks this tree as a build.py-era svsm checkout; it is built with svsm-build.
import sys

sys.exit("This miniature tree is built with svsm-build: npx svsm-build build configs/qemu-target.json")
