#!/bin/sh
# Compose's one-shot `credentials` service, as root: one NATS seed per identity (made once, kept in the
# `credentials` volume), the server's authorization block for the `nats` service, and each seed copied
# into the volume of the one service that uses it, readable by the lockgate user alone. Also the masker
# replicas' shared secret, unless LOCKGATE_MASKER_SECRET is set.
set -eu
lockgate nats credentials /credentials >/dev/null
cp /credentials/authorization.conf /out/nats/authorization.conf
chmod 0444 /out/nats/authorization.conf
for identity in admin gateway authz guard masker approver recorder; do
  install -m 0400 -o lockgate -g lockgate "/credentials/$identity.nk" "/out/$identity/$identity.nk"
done
if [ ! -s /out/masker-data/masker.secret ]; then
  python -c 'import secrets; print(secrets.token_hex(32))' > /out/masker-data/masker.secret
fi
chown lockgate:lockgate /out/masker-data /out/masker-data/masker.secret
chmod 0400 /out/masker-data/masker.secret
echo "credentials ready: one seed per service, authorization.conf for nats"
