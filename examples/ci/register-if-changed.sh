#!/bin/sh
# Register a task definition only when it differs from the family's latest ACTIVE revision, then
# (optionally) point an ECS service at it. For any CI system; needs neuron-ecs on PATH and AWS
# credentials in the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, or a
# role the runner has) and AWS_REGION.
#
#   examples/ci/register-if-changed.sh deploy/taskdef.json             # register if changed
#   CLUSTER=neuron SERVICE=serve examples/ci/register-if-changed.sh deploy/taskdef.json
#
# The file may come from 'neuron-ecs gen ... > deploy/taskdef.json' (commit it and review its
# diffs), be hand-written, or be 'aws ecs describe-task-definition' output.
set -eu

file=${1:?usage: $0 TASKDEF.json}

# diff: exit 0 equal, 4 different (or new family), anything else is a failure to stop on.
status=0
neuron-ecs diff --file "$file" || status=$?
case $status in
  0) echo "task definition unchanged" ;;
  4) echo "task definition changed: the lines above show how" ;;
  *) echo "neuron-ecs diff failed (exit $status)" >&2; exit "$status" ;;
esac

# register: a no-op when unchanged; prints one JSON line either way.
result=$(neuron-ecs register --file "$file")
echo "$result"
arn=$(printf '%s\n' "$result" | sed -n 's/.*"taskDefinitionArn": "\([^"]*\)".*/\1/p')
action=$(printf '%s\n' "$result" | sed -n 's/.*"action": "\([^"]*\)".*/\1/p')
[ -n "$arn" ] || { echo "no taskDefinitionArn in: $result" >&2; exit 1; }

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "task-definition-arn=$arn"; echo "action=$action"; } >> "$GITHUB_OUTPUT"
fi

if [ -n "${SERVICE:-}" ] && [ "$action" = registered ]; then
  region=$(printf '%s\n' "$arn" | cut -d: -f4)   # the region neuron-ecs registered in
  aws ecs update-service --region "$region" --cluster "${CLUSTER:?set CLUSTER with SERVICE}" \
    --service "$SERVICE" --task-definition "$arn" --query 'service.taskDefinition' --output text
fi
