"""A loopback Telegram Bot API server for tests.

Why: the bot must be exercised through the real python-telegram-bot HTTP stack (request encoding,
error mapping, long polling) instead of monkeypatched methods, so this server speaks just enough of
the Bot API over real HTTP on 127.0.0.1, records every call and lets tests inject updates and errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

BOT_ID = 4242
BOT_USERNAME = "briefbot_test_bot"
BOT_FIRST_NAME = "briefbot"
MAX_MESSAGE_LENGTH = 4096
LONG_POLL_CAP = 1.0

JSONDict = dict[str, Any]
Handler = Callable[[JSONDict], Any]

# Values that Telegram treats as plain strings: never JSON-decode them from form bodies, or a text
# such as "42" or "true" would silently change type.
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "inline_message_id",
        "parse_mode",
        "url",
        "secret_token",
        "action",
        "description",
        "short_description",
        "language_code",
        "name",
        "data",
        "query",
        "title",
        "emoji",
        "business_connection_id",
        "message_effect_id",
    }
)

# Tags Telegram accepts with parse_mode=HTML (https://core.telegram.org/bots/api#html-style).
_HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "span",
        "tg-spoiler",
        "tg-emoji",
        "blockquote",
    }
)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>")


@dataclass
class Call:
    """One Bot API request as the server saw it; tests assert on these instead of on mocks."""

    method: str
    params: JSONDict
    at: float
    ok: bool = True
    error_code: int | None = None
    token: str = ""


@dataclass
class _Failure:
    """An injected error, consumed by the next matching call."""

    error_code: int
    description: str
    parameters: JSONDict | None = None


@dataclass
class _ApiError(Exception):
    """Raised by handlers to answer with a Telegram error envelope."""

    error_code: int
    description: str
    parameters: JSONDict | None = field(default=None)


def _utf16_len(text: str) -> int:
    """Telegram entity offsets count UTF-16 code units, not Python characters."""
    return len(text.encode("utf-16-le")) // 2


def _decode_form_value(key: str, value: Any) -> Any:
    """python-telegram-bot JSON-encodes non-string form values; undo that so params look like JSON."""
    if not isinstance(value, str):
        # A multipart file upload: keep just what a test may want to check.
        filename = getattr(value, "filename", None)
        data = value.file.read() if hasattr(value, "file") else b""
        return {"filename": filename, "content_type": getattr(value, "content_type", None), "size": len(data),
                "head": data[:8].hex()}  # fmt: skip
    if key in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _check_html(text: str) -> str:
    """Mimic Telegram's HTML entity parser closely enough to catch bad escaping; return visible text."""
    stack: list[str] = []
    visible: list[str] = []
    pos = 0
    for match in _TAG_RE.finditer(text):
        visible.append(text[pos : match.start()])
        pos = match.end()
        closing, tag = match.group(1), match.group(2).lower()
        byte_offset = len(text[: match.start()].encode())
        if closing:
            if not stack or stack[-1] != tag:
                raise _ApiError(
                    400,
                    f"Bad Request: can't parse entities: Unexpected end tag at byte offset {byte_offset}",
                )
            stack.pop()
            continue
        if tag not in _HTML_TAGS:
            raise _ApiError(
                400,
                f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}" at byte offset {byte_offset}',
            )
        stack.append(tag)
    visible.append(text[pos:])
    if stack:
        raise _ApiError(
            400,
            f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\"",
        )
    plain = "".join(visible)
    stray = plain.find("<")
    if stray >= 0:  # an unescaped "<" that is not a tag: the bot forgot html.escape
        raise _ApiError(
            400,
            f"Bad Request: can't parse entities: Unsupported start tag at byte offset {len(plain[:stray].encode())}",
        )
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
        plain = plain.replace(entity, char)
    return plain


class FakeTelegramServer:
    """A Telegram Bot API double on 127.0.0.1: records calls, queues updates, injects failures."""

    def __init__(self, *, strict_html: bool = True) -> None:
        """Why strict_html: Telegram rejects malformed HTML, and the bot's escaping must be tested."""
        self.strict_html = strict_html
        self.calls: list[Call] = []
        self.latency: dict[str, float] = {}
        self.handlers: dict[str, Handler] = {}
        self.pushed_updates: list[JSONDict] = []
        self.webhook_url = ""
        self.commands: dict[str, list[JSONDict]] = {}
        self._updates: list[JSONDict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._user_message_ids = itertools.count(10_000)
        self._callback_ids = itertools.count(1)
        self._failures: dict[str, deque[_Failure]] = {}
        self._forbidden: set[int | str] = set()
        self._not_found: set[int | str] = set()
        self._chats: dict[int | str, JSONDict] = {}
        self._bot_messages: dict[tuple[str, int], JSONDict] = {}
        self._runner: web.AppRunner | None = None
        # Wakes long polls; Event.set() is synchronous, so push_message needs no await.
        self._update_pushed = asyncio.Event()
        self._port: int | None = None
        self._builtin: dict[str, Callable[[JSONDict], Awaitable[Any]]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._true,
            "answerCallbackQuery": self._true,
            "deleteMessage": self._true,
            "close": self._true,
            "logOut": self._true,
        }

    # ----------------------------------------------------------------------------------------- life cycle
    @property
    def url(self) -> str:
        """Root URL; give python-telegram-bot ``base_url=f"{server.url}/bot"``."""
        if self._port is None:
            raise RuntimeError("server not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def bot_base_url(self) -> str:
        """Convenience value for ``telegram.Bot(base_url=...)`` (the token is appended by PTB)."""
        return f"{self.url}/bot"

    async def start(self) -> FakeTelegramServer:
        """Bind an ephemeral port so parallel tests never collide."""
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        # Short shutdown timeout: a pending long poll must not stall test teardown.
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        """Release the port; safe to call twice."""
        if self._runner is not None:
            runner, self._runner = self._runner, None
            self._update_pushed.set()  # release pending long polls so cleanup is quick
            await runner.cleanup()

    async def __aenter__(self) -> FakeTelegramServer:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # ---------------------------------------------------------------------------------------- inspection
    def calls_of(self, method: str) -> list[Call]:
        """Calls of one method (successful or not), oldest first."""
        return [c for c in self.calls if c.method == method]

    def sent_messages(self, chat_id: int | str | None = None) -> list[JSONDict]:
        """Params of successful sendMessage/editMessageText calls, optionally for one chat."""
        return [
            c.params
            for c in self.calls
            if c.ok
            and c.method in ("sendMessage", "editMessageText")
            and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    async def wait_for(self, predicate: Callable[[list[Call]], Any], timeout: float = 10.0) -> Any:  # noqa: ASYNC109
        """Poll recorded calls until ``predicate(calls)`` is truthy; return that value or raise."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate(list(self.calls))
            if result:
                return result
            if time.monotonic() >= deadline:
                seen = [(c.method, c.ok) for c in self.calls]
                raise TimeoutError(f"condition not met within {timeout}s; calls so far: {seen}")
            await asyncio.sleep(0.01)

    async def wait_for_messages(
        self,
        chat_id: int | str,
        count: int = 1,
        timeout: float = 15.0,  # noqa: ASYNC109
    ) -> list[JSONDict]:
        """Wait until the bot has sent ``count`` messages (sends + edits) to a chat; return them all."""
        await self.wait_for(lambda _calls: len(self.sent_messages(chat_id)) >= count, timeout)
        return self.sent_messages(chat_id)

    # ---------------------------------------------------------------------------------- failure injection
    def fail_next(
        self,
        method: str,
        *,
        error_code: int = 429,
        description: str = "Too Many Requests: retry after 1",
        retry_after: int = 1,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail, like Telegram throttling or erroring."""
        parameters = {"retry_after": retry_after} if error_code == 429 else None
        queue = self._failures.setdefault(method, deque())
        for _ in range(times):
            queue.append(_Failure(error_code, description, parameters))

    def forbid_chat(self, chat_id: int | str) -> None:
        """Simulate a user who blocked the bot: sends and edits to that chat answer 403."""
        self._forbidden.add(str(chat_id))

    def chat_not_found(self, chat_id: int | str) -> None:
        """Simulate a deleted/unknown chat: sends and edits to that chat answer 400."""
        self._not_found.add(str(chat_id))

    # ----------------------------------------------------------------------------------- update injection
    def push_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        username: str = "alice",
        reply_to_bot: bool = False,
        entities: list[JSONDict] | None = None,
        title: str | None = None,
    ) -> int:
        """Queue a message Update exactly as Telegram would deliver it; return its update_id."""
        if chat_type != "private" and chat_id >= 0:
            raise ValueError("group and channel chat ids are negative in Telegram")
        user = self._user(chat_id, chat_type, user_id, username)
        chat = self._chat(chat_id, chat_type, username, title)
        message: JSONDict = {
            "message_id": next(self._user_message_ids),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        message_entities = entities if entities is not None else self._auto_entities(text)
        if message_entities:
            message["entities"] = message_entities
        if reply_to_bot:
            message["reply_to_message"] = self._last_bot_message(chat_id)
        return self._enqueue({"message": message})

    def push_callback_query(self, chat_id: int, data: str, *, user_id: int | None = None, message_id: int = 1) -> int:
        """Queue an inline-button press on a bot message; return its update_id."""
        chat = self._chats.get(str(chat_id)) or self._chat(
            chat_id, "private" if chat_id > 0 else "group", "alice", None
        )
        user = self._user(chat_id, chat["type"], user_id, "alice")
        original = self._bot_messages.get((str(chat_id), message_id)) or {
            "message_id": message_id,
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
            "text": "",
        }
        query = {
            "id": str(next(self._callback_ids)),
            "from": user,
            "chat_instance": f"ci{abs(chat_id)}",
            "message": original,
            "data": data,
        }
        return self._enqueue({"callback_query": query})

    # ---------------------------------------------------------------------------------------- internals
    def _enqueue(self, payload: JSONDict) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **payload}
        self._updates.append(update)
        self.pushed_updates.append(update)
        self._update_pushed.set()
        return update_id

    @staticmethod
    def _auto_entities(text: str) -> list[JSONDict]:
        """Add the entities Telegram's client would: CommandHandler only fires on a bot_command entity."""
        entities: list[JSONDict] = []
        command_end = 0
        if text.startswith("/"):
            word = text.split(maxsplit=1)[0]
            command_end = len(word)
            entities.append({"type": "bot_command", "offset": 0, "length": _utf16_len(word)})
        mention = f"@{BOT_USERNAME}"
        start = text.find(mention, command_end)
        while start >= 0:
            entities.append({"type": "mention", "offset": _utf16_len(text[:start]), "length": len(mention)})
            start = text.find(mention, start + len(mention))
        return entities

    @staticmethod
    def _user(chat_id: int, chat_type: str, user_id: int | None, username: str) -> JSONDict:
        uid = user_id if user_id is not None else (chat_id if chat_type == "private" else 5001)
        return {
            "id": uid,
            "is_bot": False,
            "first_name": username.capitalize(),
            "username": username,
            "language_code": "en",
        }

    def _chat(self, chat_id: int, chat_type: str, username: str, title: str | None) -> JSONDict:
        if chat_type == "private":
            chat: JSONDict = {
                "id": chat_id,
                "type": "private",
                "first_name": username.capitalize(),
                "username": username,
            }
        else:
            chat = {"id": chat_id, "type": chat_type, "title": title or f"Test group {abs(chat_id)}"}
        self._chats[str(chat_id)] = chat
        return chat

    @staticmethod
    def _bot_user() -> JSONDict:
        return {"id": BOT_ID, "is_bot": True, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME}

    def _last_bot_message(self, chat_id: int) -> JSONDict:
        mine = [m for (cid, _), m in self._bot_messages.items() if cid == str(chat_id)]
        if mine:
            return mine[-1]
        return {
            "message_id": 1,
            "from": self._bot_user(),
            "chat": self._chats[str(chat_id)],
            "date": int(time.time()),
            "text": "earlier answer",
        }

    def _chat_for(self, chat_id: Any) -> JSONDict:
        known = self._chats.get(str(chat_id))
        if known is not None:
            return known
        if isinstance(chat_id, int) and chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "Alice"}
        if isinstance(chat_id, int):
            return {"id": chat_id, "type": "supergroup", "title": f"Test group {abs(chat_id)}"}
        return {"id": -1_000_000, "type": "channel", "title": str(chat_id), "username": str(chat_id)[1:]}

    async def _read_params(self, request: web.Request) -> JSONDict:
        """Accept JSON, url-encoded, multipart and query-string parameters, as Telegram does."""
        params: JSONDict = {k: _decode_form_value(k, v) for k, v in request.query.items()}
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    params.update(body)
            else:
                form = await request.post()
                params.update({k: _decode_form_value(k, v) for k, v in form.items()})
        return params

    async def _dispatch(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        requested = request.match_info["method"]
        params = await self._read_params(request)
        canonical = {name.lower(): name for name in (*self._builtin, *self.handlers)}
        method = canonical.get(requested.lower(), requested)
        call = Call(method=method, params=params, at=time.time(), token=token)
        self.calls.append(call)
        delay = self.latency.get(method, 0.0)
        if delay:
            await asyncio.sleep(delay)
        try:
            result = await self._run(method, params)
        except _ApiError as err:
            call.ok, call.error_code = False, err.error_code
            body: JSONDict = {"ok": False, "error_code": err.error_code, "description": err.description}
            if err.parameters:
                body["parameters"] = err.parameters
            return web.json_response(body, status=err.error_code)
        return web.json_response({"ok": True, "result": result})

    async def _run(self, method: str, params: JSONDict) -> Any:
        queue = self._failures.get(method)
        if queue:
            failure = queue.popleft()
            raise _ApiError(failure.error_code, failure.description, failure.parameters)
        if method.startswith(("send", "edit")) and "chat_id" in params:
            target = str(params["chat_id"])
            if target in self._forbidden:
                raise _ApiError(403, "Forbidden: bot was blocked by the user")
            if target in self._not_found:
                raise _ApiError(400, "Bad Request: chat not found")
        custom = self.handlers.get(method)
        if custom is not None:
            result = custom(params)
            return await result if isinstance(result, Awaitable) else result
        builtin = self._builtin.get(method)
        if builtin is None:
            raise _ApiError(404, "Not Found: method not found")
        return await builtin(params)

    # ------------------------------------------------------------------------------------------ methods
    async def _true(self, params: JSONDict) -> bool:
        return True

    async def _get_me(self, params: JSONDict) -> JSONDict:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _pending(self, offset: int) -> list[JSONDict]:
        if offset < 0:
            return self._updates[offset:]
        # Like Telegram, asking for `offset` confirms (forgets) every earlier update.
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        return list(self._updates)

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = min(float(params.get("timeout") or 0), LONG_POLL_CAP)
        if self.webhook_url:
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        deadline = time.monotonic() + timeout
        while not self._pending(offset) and self._runner is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._update_pushed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._update_pushed.wait(), remaining)
        return self._pending(offset)[:limit]

    async def _delete_webhook(self, params: JSONDict) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _set_webhook(self, params: JSONDict) -> bool:
        self.webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    @staticmethod
    def _commands_key(params: JSONDict) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)

    async def _set_my_commands(self, params: JSONDict) -> bool:
        commands = params.get("commands") or []
        if not isinstance(commands, list):
            raise _ApiError(400, "Bad Request: can't parse commands JSON object")
        self.commands[self._commands_key(params)] = commands
        return True

    async def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        return self.commands.get(self._commands_key(params), [])

    async def _delete_my_commands(self, params: JSONDict) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _validated_text(self, params: JSONDict) -> str:
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        visible = text
        if self.strict_html and str(params.get("parse_mode") or "").upper() == "HTML":
            visible = _check_html(text)
        if not visible.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(visible) > MAX_MESSAGE_LENGTH:
            raise _ApiError(400, "Bad Request: message is too long")
        return visible

    async def _send_message(self, params: JSONDict) -> JSONDict:
        if "chat_id" not in params:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        visible = self._validated_text(params)
        chat = self._chat_for(params["chat_id"])
        message: JSONDict = {
            "message_id": next(self._message_ids),
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
            "text": visible,
        }
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        preview = params.get("link_preview_options")
        if isinstance(preview, dict):
            message["link_preview_options"] = preview
        reply_to = params.get("reply_to_message_id")
        reply_parameters = params.get("reply_parameters")
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id", reply_to)
        if reply_to is not None:
            message["reply_to_message"] = {
                "message_id": int(reply_to),
                "chat": chat,
                "date": int(time.time()),
                "text": "",
            }
        self._bot_messages[(str(chat["id"]), message["message_id"])] = message
        return message

    async def _send_photo(self, params: JSONDict) -> JSONDict:
        """A multipart upload (or a file_id string); the message carries one PhotoSize."""
        if "chat_id" not in params:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        photo = params.get("photo")
        if not photo or (isinstance(photo, dict) and not photo.get("size")):
            raise _ApiError(400, "Bad Request: there is no photo in the request")
        chat = self._chat_for(params["chat_id"])
        message_id = next(self._message_ids)
        message: JSONDict = {
            "message_id": message_id,
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
            "photo": [{"file_id": f"photo{message_id}", "file_unique_id": f"u{message_id}", "width": 1000,
                       "height": 400, "file_size": photo.get("size", 0) if isinstance(photo, dict) else 0}],
        }  # fmt: skip
        if params.get("caption"):
            message["caption"] = str(params["caption"])
        self._bot_messages[(str(chat["id"]), message_id)] = message
        return message

    async def _edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        visible = self._validated_text(params)
        if "inline_message_id" in params:
            return True
        if "chat_id" not in params or "message_id" not in params:
            raise _ApiError(400, "Bad Request: message identifier is not specified")
        chat = self._chat_for(params["chat_id"])
        key = (str(chat["id"]), int(params["message_id"]))
        # Lenient on unknown ids: a test may press a button on a message this server never sent.
        original = self._bot_messages.get(key) or {
            "message_id": key[1],
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
        }
        if original.get("text") == visible and original.get("reply_markup") == params.get("reply_markup"):
            raise _ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        edited = {**original, "text": visible, "edit_date": int(time.time())}
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            edited["reply_markup"] = markup
        else:
            edited.pop("reply_markup", None)
        self._bot_messages[key] = edited
        return edited
