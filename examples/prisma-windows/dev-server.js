// A "dev server" for the example: Windows node.exe that loads the generated Prisma engine the way a
// running app (next dev, a test watcher) does, and so holds the engine file. While it runs, Windows
// (and Wine) refuse `prisma generate` the rename of `<engine>.tmp<pid>` over the engine:
//
//   EPERM: operation not permitted, rename '...query_engine-windows.dll.node.tmp336' -> '...'
//
// Usage: node dev-server.js <engine> [--until-failed-attempt] [--max-seconds S]
//
// It prints `holding <engine>` once the engine is loaded. With --until-failed-attempt it exits (and
// so lets go: a loaded DLL is released only with its process) once an attempt to replace the engine
// has failed, i.e. once a `<engine>.tmp<pid>` that was not there at the start has appeared and
// process <pid> has exited: a generate that started under the hold fails, a retry that starts after
// that failure finds the file free. It never outlives --max-seconds (default 300), in case whoever
// started it is gone.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const [target, ...options] = process.argv.slice(2);
if (!target) {
  process.stderr.write("usage: node dev-server.js <engine> [--until-failed-attempt]\n");
  process.exit(2);
}
const untilFailedAttempt = options.includes("--until-failed-attempt");
const maxIndex = options.indexOf("--max-seconds");
const maxSeconds = maxIndex >= 0 ? Number(options[maxIndex + 1]) : 300;
const folder = path.dirname(target);
const name = path.basename(target);
const copy = new RegExp("^" + name.replace(/[.]/g, "\\.") + "\\.tmp(\\d+)$");

function temporaries() {
  const found = new Map();
  for (const entry of fs.readdirSync(folder)) {
    const match = copy.exec(entry);
    if (match) found.set(entry, Number(match[1]));
  }
  return found;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

require(target); // LoadLibrary: from here on the engine file is held
const before = new Set(temporaries().keys());
console.log(`holding ${target}${untilFailedAttempt ? " until an attempt fails" : ""}`);
setTimeout(() => {
  console.log(`released ${target}: --max-seconds ${maxSeconds} reached`);
  process.exit(0);
}, maxSeconds * 1000);

if (untilFailedAttempt) {
  let attempt = null;
  setInterval(() => {
    if (attempt === null) {
      const fresh = [...temporaries()].filter(([entry]) => !before.has(entry)).sort();
      if (fresh.length) {
        attempt = fresh[0];
        console.log(`attempt by pid ${attempt[1]} began (${attempt[0]})`);
      }
    } else if (!alive(attempt[1])) {
      console.log(`released ${target}: the attempt by pid ${attempt[1]} failed`);
      process.exit(0);
    }
  }, 10);
}
