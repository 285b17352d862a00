# briefbot: the Telegram bot, with the embedded Chroma store under /data (or a Chroma server via
# BRIEFBOT_CHROMA_URL; see compose.yaml). Build: docker build -t briefbot .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    ANONYMIZED_TELEMETRY=False \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

# The same install as the README (a venv, then `pip install .`).
RUN python -m venv /opt/venv

WORKDIR /app

# Dependencies in their own layer: only pyproject.toml decides it, so editing the code reuses the cache.
# Empty stand-ins for the packages and data dirs let the project build before its code is copied.
COPY pyproject.toml README.md ./
RUN mkdir -p bot retrieval prompts seeds \
    && touch bot/__init__.py retrieval/__init__.py \
    && pip install . \
    && pip uninstall -y briefbot \
    && rm -rf bot retrieval prompts seeds

# The code, prompts and seed corpus; dependencies are already there.
COPY bot/ bot/
COPY retrieval/ retrieval/
COPY prompts/ prompts/
COPY seeds/ seeds/
RUN pip install --no-deps .

RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/briefbot briefbot \
    && mkdir -p /data \
    && chown briefbot:briefbot /data

ENV BRIEFBOT_DATA_DIR=/data
VOLUME /data

USER briefbot
WORKDIR /home/briefbot

# Cheap: valid settings, a writable data dir, and (when configured) a Chroma server that answers.
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import tempfile, urllib.request; from bot.config import Settings; s = Settings(); tempfile.TemporaryFile(dir=s.data_dir).close(); s.chroma_url and urllib.request.urlopen(s.chroma_url.rstrip('/') + '/api/v2/heartbeat', timeout=5)"]

CMD ["briefbot", "run"]
