#!/bin/sh
# Registers every slot of a neuron-ecs plan and runs each slot as its own ECS service, so that
# each instance runs at most one task of each slot:
#
#   neuron-ecs plan --instance inf2.48xlarge --tasks 6 --port 8080 --output-dir my-plan
#   examples/plan/run-slots.sh my-plan my-cluster 2
#
# PLAN_DIR holds the slot<I>.json files that 'neuron-ecs plan --output-dir' writes; CLUSTER is an
# ECS cluster with instances of the plan's type; INSTANCES is how many of them run each slot (the
# desired count of every service). A slot whose service exists already gets the new revision
# (update-service). For bridge and host network mode; an awsvpc plan also needs
# --network-configuration (see 'neuron-ecs plan --explain'). The AWS CLI's usual region and
# credentials apply.
set -eu

if [ $# -ne 3 ]; then
  echo "usage: $0 PLAN_DIR CLUSTER INSTANCES" >&2
  exit 2
fi
dir=$1
cluster=$2
instances=$3

found=0
for file in "$dir"/slot*.json; do
  [ -f "$file" ] || continue
  found=1
  # register the slot's task definition; its family names the service
  registered=$(aws ecs register-task-definition --cli-input-json "$(cat "$file")" \
    --query 'taskDefinition.[family,revision]' --output text)
  family=$(echo "$registered" | cut -f1)
  revision=$(echo "$registered" | cut -f2)

  status=$(aws ecs describe-services --cluster "$cluster" --services "$family" \
    --query 'services[0].status' --output text)
  if [ "$status" = ACTIVE ]; then
    aws ecs update-service --cluster "$cluster" --service "$family" \
      --task-definition "$family:$revision" --desired-count "$instances" \
      --query 'service.serviceName' --output text
  else
    # distinctInstance: at most one task of this slot per instance; maximumPercent=100 lets ECS
    # stop an old task before it starts the new one where the slot's host port is taken
    aws ecs create-service --cluster "$cluster" --service-name "$family" \
      --task-definition "$family:$revision" --desired-count "$instances" \
      --placement-constraints type=distinctInstance \
      --deployment-configuration maximumPercent=100,minimumHealthyPercent=50 \
      --query 'service.serviceName' --output text
  fi
done

if [ "$found" -eq 0 ]; then
  echo "$0: no slot*.json in $dir; write them with 'neuron-ecs plan ... --output-dir $dir'" >&2
  exit 2
fi
