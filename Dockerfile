# One image for every Lockgate process: the gateway and each worker (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY schemas schemas
COPY services services
COPY nats nats
COPY policies policies
RUN pip install --no-cache-dir -e .
ENV LOCKGATE_DATA_DIR=/data
USER nobody
ENTRYPOINT ["lockgate"]
