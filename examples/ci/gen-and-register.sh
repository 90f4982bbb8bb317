#!/bin/sh
# A CI step: generate the task definition from the spec file in the repository and register it.
# A missing variable fails the step (exit 2) instead of registering an empty value.
set -eu
cd "$(dirname "$0")"
neuron-ecs gen --spec neuron-ecs.yaml --output-file taskdef.json
aws ecs register-task-definition --cli-input-json file://taskdef.json \
  --query 'taskDefinition.taskDefinitionArn' --output text
