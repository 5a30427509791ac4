"""Slack's Block Kit limits, checked on the JSON the bot sends (independently of the
code that builds it: limits are written here from Slack's reference pages).

- message: at most 50 blocks; home tab view: at most 100 (views reference);
- text objects: 1–3000 characters (section text, context elements); header text 150;
- button: text (plain_text) 1–75, value ≤ 2000, action_id ≤ 255, url ≤ 3000;
- block_id ≤ 255; actions block ≤ 25 elements; context block ≤ 10 elements;
- the sum of all text in one message's blocks: Slack rejects messages well under its
  documented 40,000 characters with ``msg_blocks_too_long`` (bolt-js issues #2509,
  #2867: seen at ~11,300–13,300); checked here at 11,000, counting every string.

"Characters" are counted as code points and as UTF-16 code units, whichever is larger,
so a limit holds under either reading.
"""

from __future__ import annotations

from typing import Any, Iterator

MESSAGE_BLOCKS = 50
HOME_BLOCKS = 100
TEXT = 3000
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
ACTION_ID = 255
BLOCK_ID = 255
URL = 3000
ACTIONS_ELEMENTS = 25
CONTEXT_ELEMENTS = 10
MESSAGE_TOTAL_TEXT = 11_000


def length(text: str) -> int:
    return max(len(text), len(text.encode("utf-16-le")) // 2)


def violations(blocks: Any, surface: str = "message") -> list[str]:
    """Every limit ``blocks`` breaks, as readable strings (empty when all hold)."""
    found: list[str] = []
    if not isinstance(blocks, list) or not blocks:
        return ["blocks must be a non-empty list"]
    most = HOME_BLOCKS if surface == "home" else MESSAGE_BLOCKS
    if len(blocks) > most:
        found.append(f"{len(blocks)} blocks > {most}")
    for i, block in enumerate(blocks):
        found += [f"block {i}: {v}" for v in _block(block)]
    if surface == "message":
        total = sum(length(s) for s in _strings(blocks))
        if total > MESSAGE_TOTAL_TEXT:
            found.append(f"{total} characters of text in the blocks > {MESSAGE_TOTAL_TEXT}")
    return found


def _block(block: dict) -> list[str]:
    found: list[str] = []
    kind = block.get("type")
    if "block_id" in block:
        found += _limit("block_id", block["block_id"], BLOCK_ID)
    if kind == "section":
        found += _text_object("text", block.get("text"), TEXT)
        for field in block.get("fields") or []:
            found += _text_object("field", field, 2000)
    elif kind == "header":
        found += _text_object("header", block.get("text"), HEADER_TEXT, plain_only=True)
    elif kind == "context":
        elements = block.get("elements") or []
        if not 1 <= len(elements) <= CONTEXT_ELEMENTS:
            found.append(f"context has {len(elements)} elements")
        for element in elements:
            found += _text_object("context element", element, TEXT)
    elif kind == "actions":
        elements = block.get("elements") or []
        if not 1 <= len(elements) <= ACTIONS_ELEMENTS:
            found.append(f"actions has {len(elements)} elements")
        for element in elements:
            found += _button(element)
    elif kind == "input":  # modals: Slack's input block, plain_text_input and static_select
        found += _text_object("input label", block.get("label"), 2000, plain_only=True)
        if "hint" in block:
            found += _text_object("input hint", block["hint"], 2000, plain_only=True)
        found += _input_element(block.get("element") or {})
    elif kind != "divider":
        found.append(f"unexpected block type {kind!r}")
    return found


def _input_element(element: dict) -> list[str]:
    found = _limit("action_id", element.get("action_id", ""), ACTION_ID, required=True)
    if element.get("type") == "plain_text_input":
        if "initial_value" in element:
            found += _limit("initial_value", element["initial_value"], 3000)
    elif element.get("type") == "static_select":
        options = element.get("options") or []
        if not 1 <= len(options) <= 100:
            found.append(f"static_select has {len(options)} options")
        for option in options:
            found += _text_object("option text", option.get("text"), 75, plain_only=True)
            found += _limit("option value", option.get("value"), 150, required=True)
    else:
        found.append(f"unexpected input element {element.get('type')!r}")
    return found


def _button(button: dict) -> list[str]:
    found = _text_object("button text", button.get("text"), BUTTON_TEXT, plain_only=True)
    found += _limit("action_id", button.get("action_id", ""), ACTION_ID, required=True)
    if "value" in button:
        found += _limit("button value", button["value"], BUTTON_VALUE)
    if "url" in button:
        found += _limit("button url", button["url"], URL)
    return found


def _text_object(name: str, obj: Any, most: int, plain_only: bool = False) -> list[str]:
    if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
        return [f"{name} is not a text object"]
    if plain_only and obj["type"] != "plain_text":
        return [f"{name} must be plain_text"]
    return _limit(name, obj.get("text"), most, required=True)


def _limit(name: str, text: Any, most: int, required: bool = False) -> list[str]:
    if not isinstance(text, str):
        return [f"{name} is not a string"]
    if required and not text.strip():
        return [f"{name} is empty"]
    return [f"{name} has {length(text)} characters > {most}"] if length(text) > most else []


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
