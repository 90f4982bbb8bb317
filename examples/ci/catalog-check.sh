#!/bin/sh
# Compare neuron-ecs's built-in instance catalog with what EC2 reports, in each region of REGIONS
# (default: us-east-1 us-east-2 us-west-2; a type EC2 does not offer in a region is fine there).
# For a scheduled CI job: needs neuron-ecs on PATH and AWS credentials allowed
# ec2:DescribeInstanceTypes. Writes catalog-check-<region>.json into REPORT_DIR (default: .).
#
#   examples/ci/catalog-check.sh
#   REGIONS="ap-south-2 sa-east-1" REPORT_DIR=reports examples/ci/catalog-check.sh
#
# Exit 0: every row is the same (or a known EC2 defect, or not offered); 4: a row differs, or EC2
# has a Neuron type the catalog lacks (use --from-ec2 until a release has it); 1: a call failed.
set -u

regions=${REGIONS:-us-east-1 us-east-2 us-west-2}
dir=${REPORT_DIR:-.}
mkdir -p "$dir"
worst=0
for region in $regions; do
  status=0
  neuron-ecs catalog --check --region "$region" -o json > "$dir/catalog-check-$region.json" || status=$?
  case $status in
    0) echo "$region: the built-in catalog agrees with EC2" ;;
    4) echo "$region: the built-in catalog needs a look:"
       neuron-ecs catalog --check --region "$region" || true
       [ "$worst" -eq 1 ] || worst=4 ;;
    *) echo "$region: neuron-ecs catalog --check failed (exit $status)" >&2
       worst=1 ;;
  esac
done
exit "$worst"
