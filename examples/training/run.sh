#!/bin/sh
# Generates the training task definition and registers it.
set -eu
cd "$(dirname "$0")"
neuron-ecs gen --spec trn1-training.yaml --output-file trn1-training.taskdef.json
aws ecs register-task-definition --cli-input-json file://trn1-training.taskdef.json \
  --query 'taskDefinition.taskDefinitionArn' --output text
