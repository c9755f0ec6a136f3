"""Issue 15, ninth pass: program code that reaches a database, an ORM, a cloud SDK or the whole environment is judged
as the command it amounts to, and names effect, target and rule; the harmless look-alike of each passes."""

from __future__ import annotations

import pytest

from tests.guard_shipped import bash


@pytest.mark.parametrize("command, rule, effect, target", [
    ("python3 -c \"import psycopg2; psycopg2.connect('postgresql://app@db.prod.example.com/app').cursor().execute('DROP TABLE users')\"",
     "db.destructive_sql", "destroy-infrastructure", "prod"),
    ("node -e \"const {Client}=require('pg'); new Client('postgres://app@db.prod.example.com/app').query('TRUNCATE orders')\"",
     "db.destructive_sql", "destroy-infrastructure", "prod"),
    ("./manage.py shell --command='from shop.models import Order; Order.objects.all().delete()'", "db.destructive_sql", "destroy-infrastructure", "unknown"),
    ("python3 -c \"import boto3; boto3.resource('s3').Bucket('prod-assets').objects.all().delete()\"", "cloud.aws_delete", "destroy-infrastructure", "prod"),
    ("node -e \"const s3=require('@aws-sdk/client-s3'); new s3.S3Client({}).send(new s3.DeleteBucketCommand({Bucket:'logs'}))\"",
     "cloud.aws_delete", "destroy-infrastructure", "unknown"),
    ("python3 -c 'import json, os; print(json.dumps(dict(os.environ)))'", "cred.secret_read", "read-credential", "system"),
    ("node -e 'console.log(process.env)'", "cred.secret_read", "read-credential", "system"),
])
def test_code_reaching_data_or_secrets_is_stopped_and_explained(command, rule, effect, target):
    j = bash(command)
    assert j.action in {"block", "approve"} and (j.rule_id, j.effect, j.target) == (rule, effect, target), j


@pytest.mark.parametrize("command", [
    "python3 -c \"import sqlite3; print(sqlite3.connect('dev.db').execute('SELECT count(*) FROM users').fetchone())\"",
    "python3 -c \"import sqlite3; sqlite3.connect('test.db').execute('DROP TABLE IF EXISTS scratch')\"",
    "python manage.py shell -c \"from shop.models import Order; Order.objects.filter(id=3).delete()\"",
    "python3 -c \"import boto3; print(boto3.client('s3').list_objects_v2(Bucket='prod-assets')['KeyCount'])\"",
    "python3 -c \"import os; print(os.environ.get('HOME'))\"",
    "python3 -c \"import os; print(sorted(os.environ.keys()))\"",
    "node -e 'console.log(process.env.NODE_ENV)'",
])
def test_the_harmless_look_alikes_pass(command):
    assert bash(command).action == "allow"
