// Parses every card with the official Adaptive Cards parser and prints, as JSON, the problems of each:
// parse events, validateProperties() failures, and properties the parser dropped (unknown to it).
// The parser only reads an action's fallback when it does not know the action, so each card is checked
// twice: as written (Action.Execute) and as a client without Universal Actions sees it (the fallbacks).
// Usage: node check.js cards.json   where cards.json is [{ "name": "...", "card": { ... } }, ...]
"use strict";
const fs = require("fs");
// The package's "main" is untranspiled ES modules Node cannot load; the UMD bundle parses without a DOM.
const AC = require("adaptivecards/dist/adaptivecards.min.js");

function dropped(original, reparsed, path, out) {
  if (Array.isArray(original)) {
    original.forEach((item, i) => dropped(item, Array.isArray(reparsed) ? reparsed[i] : undefined, `${path}[${i}]`, out));
  } else if (original !== null && typeof original === "object") {
    for (const key of Object.keys(original)) {
      const here = `${path}.${key}`;
      if (key === "data") continue; // action data is free-form: kept as is
      if (key === "fallback" && typeof original[key] === "object") continue; // checked in the fallback view
      if (reparsed === null || typeof reparsed !== "object" || !(key in reparsed)) {
        if (!isDefault(key, original[key])) out.push(`dropped property ${here}`);
      } else {
        dropped(original[key], reparsed[key], here, out);
      }
    }
  }
}

// Values the parser omits when serialising because they are the schema defaults.
function isDefault(key, value) {
  return (key === "style" && (value === "compact" || value === "default"))
    || (key === "wrap" && value === false)
    || (key === "value" && value === "false");
}

// The card with every action replaced by its fallback object.
function fallbackView(node) {
  if (Array.isArray(node)) return node.map(fallbackView);
  if (node === null || typeof node !== "object") return node;
  if (typeof node.type === "string" && node.type.startsWith("Action.") && node.fallback !== null && typeof node.fallback === "object") {
    return fallbackView(node.fallback);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === "data" ? value : fallbackView(value)]));
}

function check(card, label, problems) {
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${label} parse ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) {
    problems.push(`${label} validate ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  const kept = [];
  dropped(card, parsed.toJSON(new AC.SerializationContext(new AC.Version(1, 5))), "$", kept);
  problems.push(...kept.map(p => `${label} ${p}`));
}

const cards = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const results = cards.map(({ name, card }) => {
  const problems = [];
  check(card, "as written:", problems);
  check(fallbackView(card), "fallback view:", problems);
  return { name, problems };
});
process.stdout.write(JSON.stringify(results));
