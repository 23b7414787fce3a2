#!/usr/bin/env node
// `prisma generate` behind the mitigation a team writes for the engine rename that fails on Windows
// while a dev server or an antivirus scanner holds the engine file:
//
//   EPERM: operation not permitted, rename '...query_engine-windows.dll.node.tmp8812' -> '...'
//
// Before each attempt it removes stale `<engine>.tmp<pid>` copies that failed runs left in the
// client's folder (those whose process is gone); when an attempt fails on a held file (EPERM, EBUSY
// or EACCES in its output) it waits and tries again, longer each time: retry k starts k * backoff
// after attempt k failed. It exits with the status of the last attempt.
//
//   PRISMA_GENERATE_LOCK_RETRIES       retries after the first attempt (default 3)
//   PRISMA_GENERATE_RETRY_BACKOFF_MS   backoff unit in milliseconds (default 350)
//
// Usage: node safe-generate.js [prisma generate options]   (run in the project's folder)
"use strict";

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const LOCK_ERROR = /\b(EPERM|EBUSY|EACCES)\b/;
const STALE_COPY = /\.tmp(\d+)$/;

function log(message) {
  process.stderr.write(`safe-generate: ${message}\n`);
}

function envCount(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) {
    log(`${name} must be a whole number >= 0, got '${raw}'`);
    process.exit(2);
  }
  return Number(raw);
}

function resolveInProject(request) {
  return require.resolve(request, { paths: [process.cwd()] });
}

// Where `prisma generate` puts the default client, and so the engine and its stale copies.
function clientFolder() {
  const client = path.dirname(resolveInProject("@prisma/client/package.json"));
  return path.join(client, "..", "..", ".prisma", "client");
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM"; // exists, belongs to someone else
  }
}

function removeStaleCopies(folder) {
  let names;
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  for (const name of names) {
    const match = STALE_COPY.exec(name);
    if (!match || processAlive(Number(match[1]))) continue; // a live run's copy is not stale
    try {
      fs.unlinkSync(path.join(folder, name));
      log(`removed stale ${name}`);
    } catch (error) {
      if (error.code !== "ENOENT") log(`could not remove stale ${name}: ${error.code}`);
    }
  }
}

// Run `prisma generate` once, passing its output through; resolve to its status and its output.
function attempt(cli, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, "generate", ...args], {
      stdio: ["inherit", "pipe", "pipe"],
    });
    const chunks = [];
    child.stdout.on("data", (chunk) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      chunks.push(chunk);
      process.stderr.write(chunk);
    });
    child.on("error", (error) => resolve({ status: 1, output: String(error) }));
    child.on("close", (code, signal) => {
      const status = code === null ? 128 + (os.constants.signals[signal] || 0) : code;
      resolve({ status, output: Buffer.concat(chunks).toString() });
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const retries = envCount("PRISMA_GENERATE_LOCK_RETRIES", 3);
  const backoffMs = envCount("PRISMA_GENERATE_RETRY_BACKOFF_MS", 350);
  const cli = resolveInProject("prisma/build/index.js");
  const folder = clientFolder();
  for (let retry = 0; ; retry += 1) {
    removeStaleCopies(folder);
    const { status, output } = await attempt(cli, process.argv.slice(2));
    const lock = status !== 0 ? LOCK_ERROR.exec(output) : null;
    if (lock === null || retry === retries) return status;
    const waitMs = (retry + 1) * backoffMs;
    log(`${lock[1]} on a held file; retry ${retry + 1} of ${retries} in ${waitMs} ms`);
    await sleep(waitMs);
  }
}

main().then(
  (status) => process.exit(status),
  (error) => {
    log(error && error.stack ? error.stack : String(error));
    process.exit(1);
  },
);
