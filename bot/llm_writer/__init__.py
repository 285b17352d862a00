"""The LLM writer: numbered passages and a template from prompts/ to any OpenAI-compatible endpoint.

It asks for structured output (a JSON object of sentences, each with its citation numbers and verbatim quotes)
because a sentence that names its own evidence can be checked span by span. Endpoints differ: OpenAI takes
`json_schema`; llama.cpp's server answers it with HTTP 500 but takes `json_object` with a `schema`; some take
neither; some ignore `response_format` altogether and answer prose. So the writer tries the modes in that order,
remembers per endpoint (base URL + model) what worked, in memory and in a small JSON file under the data dir, and
reads any reply that is not JSON as plain text with [n] markers.

One job a module: formats (the schema, the response format of each mode, the memory of what each endpoint
accepted), reply (reading a reply into sentences, whole or streamed), quotes (keeping only verbatim quotes),
writer (the prompt, the request, the stream, the time budget).
"""

from bot.llm_writer.formats import MEMORY_FILE, MODES, EndpointMemory, Mode, briefing_schema, response_format
from bot.llm_writer.quotes import find_quote, verify_quotes
from bot.llm_writer.reply import JSONScanner, ReplyReader, read_reply
from bot.llm_writer.writer import PROSE_BEFORE_TEXT, LLMError, LLMWriter, StreamStats

__all__ = [
    "MEMORY_FILE",
    "MODES",
    "PROSE_BEFORE_TEXT",
    "EndpointMemory",
    "JSONScanner",
    "LLMError",
    "LLMWriter",
    "Mode",
    "ReplyReader",
    "StreamStats",
    "briefing_schema",
    "find_quote",
    "read_reply",
    "response_format",
    "verify_quotes",
]
