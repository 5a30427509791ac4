# The faqbot Slack bot (CPU only: embeddings and reranking come from the SGLang services).
#   docker build -t faqbot .
#   docker run --env-file .env -v $PWD/faq_sources:/data/faq_sources:ro faqbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . && rm -rf /src

RUN useradd --create-home --uid 10001 faqbot \
    && mkdir -p /data/faq_sources /data/index_store \
    && chown -R faqbot /data
USER faqbot
WORKDIR /data

# One BLAS/OpenMP thread per numpy/FAISS call: questions already run on their own threads,
# and fanning each call out over every core collapses throughput under concurrency
# (bench/bench_production.py: ~8 vs ~130 questions/s at 32 concurrent questions).
ENV OMP_NUM_THREADS=1 \
    OPENBLAS_NUM_THREADS=1 \
    MKL_NUM_THREADS=1

ENV FAQBOT_FAQ_DIR=/data/faq_sources \
    FAQBOT_INDEX_DIR=/data/index_store \
    FAQBOT_FEEDBACK_LOG=/data/index_store/faqbot-feedback.jsonl \
    FAQBOT_LOG_FORMAT=json \
    FAQBOT_METRICS_HOST=0.0.0.0 \
    FAQBOT_METRICS_PORT=9100

# 3000: Slack HTTP mode (not needed in Socket Mode); 9100: /metrics and /healthz.
EXPOSE 3000 9100
HEALTHCHECK --interval=30s --timeout=5s --start-period=900s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9100/healthz', timeout=4)"

CMD ["faqbot", "serve"]
