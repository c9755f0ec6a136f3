"""The shipped deployments: docker-compose.yml and the Dockerfile, and the Kubernetes manifests.

No container runtime runs on the test machines (no image registry is reachable), so the Compose file is
checked in two ways: its structure (start order, healthchecks, one seed per service, NATS unpublished,
every worker), and by running its services as processes exactly as it declares them (each service's
``command`` and ``environment``, its mounts mapped to directories) against the repository's
``nats/nats-server.conf`` with the generated authorization, then calling the gateway with the SDK.
``docker-compose config`` validates the file where that binary is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import anthropic
import pytest
import yaml

from services.cli.workers import WORKERS
from services.common.embedded_nats import free_port, nats_server_binary
from services.common.nats_auth import Credentials

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
CREDENTIALS_SCRIPT = ROOT / "deploy" / "compose" / "credentials.sh"
CONFIG_PATH = "/etc/lockgate/lockgate.toml"
SEED_PATH = "/run/secrets/lockgate"
ONE_SHOT = ("credentials", "provision")


def expand(value: str, env: dict[str, str]) -> str:
    """Compose's ``${VAR:-default}`` / ``${VAR}`` interpolation."""
    return re.sub(r"\$\{(\w+)(?::-([^}]*))?\}", lambda m: env.get(m.group(1)) or (m.group(2) or ""), value)


def compose(env: dict[str, str] | None = None) -> dict:
    env = {} if env is None else env
    document = yaml.safe_load(COMPOSE_FILE.read_text())

    def walk(node):
        if isinstance(node, dict):
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return expand(node, env) if isinstance(node, str) else node

    return walk(document)


def lockgate_services(document: dict) -> dict[str, dict]:
    """The long-running Lockgate services: the gateway and the workers."""
    return {name: service for name, service in document["services"].items() if name not in ONE_SHOT and name != "nats"}


def mounts(service: dict) -> dict[str, str]:
    """Container path -> source (volume name or host path) of each mount."""
    result = {}
    for volume in service.get("volumes", []):
        source, target = volume.split(":")[:2]
        result[target] = source
    return result


def identity_of(name: str, service: dict) -> str:
    command = service["command"]
    return command[1] if command[0] == "worker" else name


def test_compose_runs_the_gateway_and_every_worker():
    document = compose()
    services = lockgate_services(document)
    stages = {service["command"][1] for service in services.values() if service["command"][0] == "worker"}
    assert stages == set(WORKERS), "every `lockgate worker` stage needs a Compose service"
    assert services["gateway"]["command"][0] == "gateway"
    assert services["recorder"]["deploy"]["replicas"] == 1, "a second recorder would split the events between two files"


def test_compose_starts_in_order_with_healthchecks():
    services = compose()["services"]
    assert services["nats"]["depends_on"] == {"credentials": {"condition": "service_completed_successfully"}}
    assert services["provision"]["depends_on"] == {"nats": {"condition": "service_healthy"}}
    for name, service in lockgate_services(compose()).items():
        assert service["depends_on"]["provision"] == {"condition": "service_completed_successfully"}, name
        assert service["healthcheck"]["test"][0] == "CMD", name
        assert "/readyz" in " ".join(service["healthcheck"]["test"]), name
        if service["command"][0] == "worker":
            health = service["command"][service["command"].index("--health") + 1]
            assert health in " ".join(service["healthcheck"]["test"]), f"{name}: the healthcheck must ask the port it serves"
    for stage in ("authz", "guard", "masker", "approver"):
        assert services["gateway"]["depends_on"][stage] == {"condition": "service_healthy"}
    assert "healthcheck" in services["nats"]


def test_compose_publishes_the_gateway_only():
    services = compose()["services"]
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"gateway"}, "NATS and the workers must not be reachable from the host"


def test_compose_gives_each_service_only_its_own_seed():
    document = compose()
    script = CREDENTIALS_SCRIPT.read_text()
    copied = set(re.search(r"for identity in ([\w ]+); do", script).group(1).split())
    seeds = {}
    for name, service in {**lockgate_services(document), "provision": document["services"]["provision"]}.items():
        assert service["environment"]["LOCKGATE_NATS_CREDENTIALS"] == SEED_PATH, name
        volume = mounts(service)[SEED_PATH]
        identity = "admin" if name == "provision" else identity_of(name, service)
        assert volume == f"{identity}-seed", f"{name} must mount the seed volume of its own identity"
        assert identity in copied, f"credentials.sh does not write {identity}.nk"
        seeds[name] = volume
    admin_holders = [name for name, service in document["services"].items() if "admin-seed" in mounts(service).values()]
    assert sorted(admin_holders) == ["credentials", "provision"], "the admin seed stays with the one-shot services"
    assert document["services"]["credentials"]["user"] == "0:0"


def test_compose_mounts_the_repository_config_and_the_tested_nats():
    document = compose()
    for name, service in {**lockgate_services(document), "provision": document["services"]["provision"]}.items():
        assert (ROOT / mounts(service)[CONFIG_PATH]).is_file(), f"{name}: the mounted config must exist in the repository"
        assert CONFIG_PATH in service["command"], name
    tested = subprocess.run([nats_server_binary(), "--version"], capture_output=True, text=True).stdout
    major_minor = re.search(r"v(\d+\.\d+)", tested).group(1)
    assert document["services"]["nats"]["image"].startswith(f"nats:{major_minor}"), f"tests run nats-server {major_minor}"
    assert "nats-data" in mounts(document["services"]["nats"]).values()


def test_the_image_owns_its_data_volume():
    dockerfile = (ROOT / "Dockerfile").read_text()
    user = re.search(r"^USER (\w+)", dockerfile, re.M).group(1)
    assert user != "root"
    assert re.search(rf"chown {user}(:\w+)? /data", dockerfile), "the image user must own /data"
    assert re.search(r"^VOLUME /data", dockerfile, re.M)
    assert "deploy/compose/credentials.sh" in dockerfile


def test_docker_compose_accepts_the_file():
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed (Debian package docker-compose); the structure tests above still run")
    result = subprocess.run([binary, "-f", str(COMPOSE_FILE), "config", "-q"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


class ComposeAsProcesses:
    """The Compose services as local processes: each service's command and environment, its mounts as directories."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.document = compose()
        self.volumes = {name: workdir / "volumes" / name for name in self.document["volumes"]}
        for path in self.volumes.values():
            path.mkdir(parents=True)
        self.processes: list[subprocess.Popen] = []
        self.nats_url = ""

    def make_credentials(self) -> Credentials:
        """What ``deploy/compose/credentials.sh`` does, without root: seeds, then each in its service's volume."""
        credentials = Credentials(self.volumes["credentials"]).ensure()
        script = CREDENTIALS_SCRIPT.read_text()
        for identity in re.search(r"for identity in ([\w ]+); do", script).group(1).split():
            target = self.volumes[f"{identity}-seed"] / f"{identity}.nk"
            shutil.copy(credentials.seed_file(identity), target)
            target.chmod(0o400)
        shutil.copy(credentials.authorization_file, self.volumes["nats-authorization"] / "authorization.conf")
        return credentials

    def start_nats(self) -> str:
        """The repository's nats/nats-server.conf, on free loopback ports, its include and store mapped to the volumes."""
        service = self.document["services"]["nats"]
        config_dir = self.workdir / "nats-etc"
        config_dir.mkdir()
        (config_dir / "credentials").symlink_to(self.volumes[mounts(service)["/etc/nats/credentials"]])
        port, http_port = free_port(), free_port()
        text = (ROOT / "nats" / "nats-server.conf").read_text()
        text = text.replace("port: 4222", f'host: "127.0.0.1"\nport: {port}').replace("http_port: 8222", f"http_port: {http_port}")
        text = text.replace("store_dir: /data/nats", f'store_dir: "{self.volumes["nats-data"]}"')
        assert str(port) in text and str(http_port) in text
        (config_dir / "nats-server.conf").write_text(text)
        self.spawn([nats_server_binary(), "-c", str(config_dir / "nats-server.conf")], dict(os.environ), "nats")
        check = " ".join(service["healthcheck"]["test"])
        health_url = re.search(r"http://\S+", check).group(0).replace(":8222", f":{http_port}")
        self.wait([sys.executable, "-c", f"import urllib.request; urllib.request.urlopen({health_url!r}, timeout=2)"])
        self.nats_url = f"nats://127.0.0.1:{port}"
        return self.nats_url

    def service_argv_env(self, name: str, data_dir: Path | None = None) -> tuple[list[str], dict[str, str], list[str]]:
        """The service's command (as ``python -m services.cli.main``), environment and healthcheck, mapped to this machine."""
        service = self.document["services"][name]
        volumes = mounts(service)
        ports = {"8081": str(free_port()), "8080": str(free_port())}
        mapped = {CONFIG_PATH: str(ROOT / volumes[CONFIG_PATH])}

        def local(text: str) -> str:
            for container, host in mapped.items():
                text = text.replace(container, host)
            return re.sub(r"(127\.0\.0\.1|0\.0\.0\.0):(8080|8081)", lambda m: f"127.0.0.1:{ports[m.group(2)]}", text)

        environment = {key: str(value) for key, value in service["environment"].items()}
        environment["NATS_URL"] = self.nats_url
        environment["LOCKGATE_NATS_CREDENTIALS"] = str(self.volumes[volumes[SEED_PATH]])
        data = volumes.get("/data")
        environment["LOCKGATE_DATA_DIR"] = str(self.volumes[data] if data else data_dir or self.workdir / f"{name}-data")
        env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **{k: local(v) for k, v in environment.items()}}
        argv = [sys.executable, "-m", "services.cli.main", *(local(part) for part in service["command"])]
        health = [local(part) for part in service.get("healthcheck", {}).get("test", ["CMD"])[1:]]
        if health and health[0] == "python":
            health[0] = sys.executable
        return argv, env, health

    def spawn(self, argv: list[str], env: dict[str, str], name: str) -> subprocess.Popen:
        with open(self.workdir / f"{name}.log", "ab") as log:
            process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        self.processes.append(process)
        return process

    def wait(self, health: list[str], process: subprocess.Popen | None = None, tries: int = 300) -> None:
        for _ in range(tries):
            if process is not None and process.poll() is not None:
                raise AssertionError(f"{process.args} exited with {process.returncode} before it was healthy")
            if subprocess.run(health, capture_output=True).returncode == 0:
                return
            time.sleep(0.2)
        raise AssertionError(f"never healthy: {health}")

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_compose_services_run_as_declared(tmp_path):
    """Each service's own command, environment and seed: NATS healthy, provision, every worker healthy, then the
    gateway answers the SDK with the simulated upstream; a worker handed another service's seed does not start."""
    stack = ComposeAsProcesses(tmp_path)
    try:
        stack.make_credentials()
        stack.start_nats()

        argv, env, _ = stack.service_argv_env("provision")
        provisioned = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert provisioned.returncode == 0, provisioned.stderr

        for name, service in lockgate_services(stack.document).items():
            if name == "gateway":
                continue
            for replica in range(service.get("deploy", {}).get("replicas", 1)):
                argv, env, health = stack.service_argv_env(name, tmp_path / f"{name}-{replica}-data")
                process = stack.spawn(argv, env, f"{name}-{replica}")
                stack.wait(health, process)

        argv, env, health = stack.service_argv_env("gateway")
        gateway = stack.spawn(argv, env, "gateway")
        stack.wait(health, gateway)
        base_url = "http://" + env["LOCKGATE_LISTEN"]
        # As the Compose file's header says: `docker compose exec gateway lockgate token --dev ...`.
        token = subprocess.run(
            [sys.executable, "-m", "services.cli.main", "token", "--dev", "--sub", "alice", "--role", "developer", "--config", argv[-1]],
            env=env, capture_output=True, text=True, timeout=60, cwd=ROOT,
        )
        assert token.returncode == 0, token.stderr
        client = anthropic.Anthropic(base_url=base_url, api_key=token.stdout.strip(), max_retries=0)
        answer = client.messages.create(model="claude-haiku-4-5", max_tokens=32, messages=[{"role": "user", "content": "hi"}])
        assert answer.content[0].text.startswith("Hello from the simulated Claude upstream")
        with pytest.raises(anthropic.AuthenticationError):
            anthropic.Anthropic(base_url=base_url, api_key="forged.token.value", max_retries=0).messages.create(
                model="claude-haiku-4-5", max_tokens=32, messages=[{"role": "user", "content": "hi"}]
            )

        # A guard given the authz service's seed volume has no guard seed, and says so instead of starting.
        argv, env, _ = stack.service_argv_env("guard", tmp_path / "wrong-seed")
        env["LOCKGATE_NATS_CREDENTIALS"] = str(stack.volumes["authz-seed"])
        wrong = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert wrong.returncode == 2 and "no NATS credential for the guard identity" in wrong.stderr
    finally:
        stack.stop()


KUBERNETES = ROOT / "deploy" / "kubernetes"
KUBERNETES_VERSION = "1.32.0"
OVERLAYS = ("development", "production")


def base_documents() -> list[dict]:
    documents = []
    for path in sorted((KUBERNETES / "base").glob("*.yaml")):
        if path.name != "kustomization.yaml":
            documents += [document for document in yaml.safe_load_all(path.read_text()) if document]
    return documents


def by_kind(documents: list[dict], kind: str) -> dict[str, dict]:
    return {document["metadata"]["name"]: document for document in documents if document["kind"] == kind}


def strictly_valid(document: dict) -> None:
    import kubernetes_validate

    kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_kubernetes_base_manifests_match_the_schemas():
    documents = base_documents()
    assert len(documents) == 19  # 6 Deployments, 6 budgets, 2 autoscalers, Service, volume claim, Job, 2 policies
    for document in documents:
        strictly_valid(document)


def test_the_schema_check_can_fail():
    import kubernetes_validate

    deployment = by_kind(base_documents(), "Deployment")["lockgate-guard"]
    deployment["spec"]["replica"] = 2  # a typo of replicas
    with pytest.raises(kubernetes_validate.ValidationError):
        strictly_valid(deployment)
    deployment = by_kind(base_documents(), "Deployment")["lockgate-guard"]
    deployment["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"]["cpu"] = ["500m"]
    with pytest.raises(kubernetes_validate.ValidationError):
        strictly_valid(deployment)


def test_kubernetes_runs_every_stage_probed_budgeted_and_with_its_own_seed():
    documents = base_documents()
    deployments = by_kind(documents, "Deployment")
    assert set(deployments) == {"lockgate-gateway", *(f"lockgate-{stage}" for stage in WORKERS)}
    budgets = by_kind(documents, "PodDisruptionBudget")
    for name, deployment in deployments.items():
        pod = deployment["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        args = container["args"]
        identity = args[1] if args[0] == "worker" else args[0]
        assert name == f"lockgate-{identity}"
        assert set(container["resources"]["requests"]) == {"cpu", "memory"}, name
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz", name
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", name
        port = {p["name"]: p["containerPort"] for p in container["ports"]}[container["readinessProbe"]["httpGet"]["port"]]
        if args[0] == "worker":
            assert args[args.index("--health") + 1].endswith(f":{port}"), f"{name} must serve its probes where they ask"
        secrets = {v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v}
        assert secrets == {f"lockgate-nats-{identity}"}, f"{name} must get its own NATS seed only"
        assert budgets[name]["spec"]["selector"] == deployment["spec"]["selector"], f"{name} needs a PodDisruptionBudget"
        keys = {e["valueFrom"]["secretKeyRef"]["name"] for e in container["env"] if "secretKeyRef" in e.get("valueFrom", {})}
        assert ("lockgate-upstream" in keys and "LOCKGATE_UPSTREAM_KEY" in str(container["env"])) == (identity == "gateway")
    assert deployments["lockgate-recorder"]["spec"]["replicas"] == 1
    assert deployments["lockgate-recorder"]["spec"]["strategy"]["type"] == "Recreate"
    autoscaled = {
        hpa["spec"]["scaleTargetRef"]["name"]: hpa["spec"]["metrics"][0]["resource"]["name"]
        for hpa in by_kind(documents, "HorizontalPodAutoscaler").values()
    }
    assert autoscaled == {"lockgate-gateway": "cpu", "lockgate-guard": "cpu"}
    job = by_kind(documents, "Job")["lockgate-provision"]
    assert {v["secret"]["secretName"] for v in job["spec"]["template"]["spec"]["volumes"] if "secret" in v} == {"lockgate-nats-admin"}
    assert job["spec"]["template"]["spec"]["containers"][0]["args"][-2:] == ["--replicas", "3"]


def test_only_the_gateway_reaches_beyond_dns_and_nats():
    policies = by_kind(base_documents(), "NetworkPolicy")
    everyone = policies["lockgate-default"]
    assert everyone["spec"]["podSelector"]["matchLabels"] == {"app.kubernetes.io/part-of": "lockgate"}
    assert everyone["spec"]["ingress"] == []
    assert sorted(rule["ports"][0]["port"] for rule in everyone["spec"]["egress"]) == [53, 4222]
    wider = {name: policy for name, policy in policies.items() if any("ipBlock" in str(rule) for rule in policy["spec"].get("egress", []))}
    assert list(wider) == ["lockgate-gateway"]
    assert wider["lockgate-gateway"]["spec"]["podSelector"]["matchLabels"]["app.kubernetes.io/name"] == "gateway"
    (upstream,) = wider["lockgate-gateway"]["spec"]["egress"]
    assert upstream["ports"] == [{"protocol": "TCP", "port": 443}]
    assert "169.254.0.0/16" in upstream["to"][0]["ipBlock"]["except"], "never the cloud metadata address"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_kubernetes_overlays_render_and_match_the_schemas(overlay, tmp_path):
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed (Debian package kubernetes-client): overlays not rendered; the base is validated above")
    tree = tmp_path / "kubernetes"
    shutil.copytree(KUBERNETES, tree)
    credentials = tree / "overlays" / overlay / "credentials"
    Credentials(credentials).ensure()
    (credentials / "upstream-key").write_text("sk-ant-placeholder")
    (credentials / "masker-secret").write_text("placeholder")
    rendered = subprocess.run([kubectl, "kustomize", str(tree / "overlays" / overlay)], capture_output=True, text=True, timeout=60)
    assert rendered.returncode == 0, rendered.stderr
    documents = list(yaml.safe_load_all(rendered.stdout))
    for document in documents:
        strictly_valid(document)
    namespaces = {d["metadata"].get("namespace") for d in documents if d["kind"] != "Namespace"}
    assert len(namespaces) == 1 and None not in namespaces
    secrets = by_kind(documents, "Secret")
    assert {f"lockgate-nats-{identity}" for identity in ("admin", "gateway", *WORKERS)} | {"lockgate-upstream", "lockgate-masker"} <= set(secrets)
    job = by_kind(documents, "Job")["lockgate-provision"]
    replicas = job["spec"]["template"]["spec"]["containers"][0]["args"][-1]
    assert replicas == ("1" if overlay == "development" else "3")


@pytest.mark.slow
def test_worker_health_endpoints_and_hostile_probes(nats_server, tmp_path):
    """``lockgate worker STAGE --health``: what the Compose healthchecks and Kubernetes probes ask, and nothing else."""
    import http.client

    from tests.harness import CREDENTIALS, wait_http

    port = free_port()
    env = {**os.environ, "NATS_URL": nats_server.url, "LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[nats_server.url].directory),
           "LOCKGATE_DATA_DIR": str(tmp_path)}
    provisioned = subprocess.run([sys.executable, "-m", "services.cli.main", "nats", "provision"], env=env, capture_output=True, text=True)
    assert provisioned.returncode == 0, provisioned.stderr
    argv = [sys.executable, "-m", "services.cli.main", "worker", "guard"]
    with open(tmp_path / "guard.log", "ab") as log:
        worker = subprocess.Popen([*argv, "--health", f"127.0.0.1:{port}"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/readyz", timeout_s=60, process=worker)

        def ask(method: str, path: str, body: bytes = b"") -> tuple[int, bytes]:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request(method, path, body=body or None)
            response = connection.getresponse()
            return response.status, response.read()

        assert ask("GET", "/healthz") == (200, b'{"status": "ok", "service": "guard"}')
        assert ask("GET", "/readyz")[0] == 200
        assert ask("POST", "/readyz", b"x" * 100_000)[0] in (405, 413)
        assert ask("GET", "/v1/messages")[0] == 404
        busy = subprocess.run([*argv, "--health", f"127.0.0.1:{port}"], env=env, capture_output=True, text=True, timeout=60)
        assert busy.returncode == 2 and "--health: cannot listen" in busy.stderr
    finally:
        worker.terminate()
        worker.wait(timeout=10)
    for hostile in ("nope", "127.0.0.1:0", "127.0.0.1:99999", "[::1"):
        refused = subprocess.run([*argv, "--health", hostile], env=env, capture_output=True, text=True, timeout=60)
        assert refused.returncode == 2 and "--health:" in refused.stderr and "Traceback" not in refused.stderr, (hostile, refused.stderr)
