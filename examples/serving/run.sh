#!/bin/sh
# Generates the serving task definitions from their spec files and registers them.
# Needs neuron-ecs and the AWS CLI on PATH, AWS credentials, and the variables the specs name.
set -eu
cd "$(dirname "$0")"
for spec in tf-serving vllm; do
  neuron-ecs gen --spec "$spec.yaml" --output-file "$spec.taskdef.json"
  aws ecs register-task-definition --cli-input-json "file://$spec.taskdef.json" \
    --query 'taskDefinition.taskDefinitionArn' --output text
done
