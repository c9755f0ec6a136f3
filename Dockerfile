# One image for every Lockgate process: the gateway and each worker (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY schemas schemas
COPY services services
COPY nats nats
COPY policies policies
COPY deploy/compose/credentials.sh /usr/local/bin/lockgate-credentials
RUN pip install --no-cache-dir -e . \
    && groupadd --system --gid 10001 lockgate \
    && useradd --system --uid 10001 --gid lockgate --home-dir /data --no-create-home lockgate \
    && mkdir -p /data /run/secrets/lockgate \
    && chown lockgate:lockgate /data \
    && chmod 0700 /data
# Named volumes mounted at /data start as a copy of this directory, so they belong to the lockgate user too:
# the gateway keeps its development issuer's key and the replay key there, the recorder its DuckDB file.
VOLUME /data
ENV LOCKGATE_DATA_DIR=/data
USER lockgate:lockgate
ENTRYPOINT ["lockgate"]
