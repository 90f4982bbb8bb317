#!/usr/bin/env python3
"""Writes the RegisterTaskDefinition input shape that `neuron-ecs validate` checks documents against.

The shape comes from the Amazon ECS API model that botocore ships (data/ecs/2014-11-13/service-2.json,
Apache-2.0, (c) Amazon.com, Inc. or its affiliates), so the keys, JSON types, required members and
enums are AWS's own, not remembered ones. Only what the validator needs is kept: for each shape
reachable from RegisterTaskDefinitionRequest its type, members, required members, list member, map
key and value, enum values, min/max and whether AWS deprecated it. Documentation text is dropped.

On top of the model, a short overlay adds what the ECS service checks or has added since the model was
published (each addition is listed in the output's "overlay" member; see docs/validate.md):
NeuronDevice in ResourceType, MANAGED_INSTANCES in Compatibility, container name and image required,
and 1 to 10 container definitions.

Usage (from the repository root; the default model is the installed botocore's):

    python3 scripts/ecs-schema.py > src/main/resources/dev/neuronecs/validate/register-task-definition.json
    python3 scripts/ecs-schema.py --model path/to/service-2.json[.gz] > ...

The output is deterministic: shapes sorted by name, members in the model's order, one shape per line.
"""

import argparse
import gzip
import json
import os
import sys

ROOT = "RegisterTaskDefinitionRequest"
DESCRIBE_OUTPUT = "DescribeTaskDefinitionResponse"
DESCRIBED = "TaskDefinition"


def installed_model():
    import botocore  # the AWS CLI v1 brings it

    base = os.path.join(os.path.dirname(botocore.__file__), "data", "ecs", "2014-11-13", "service-2.json")
    for path in (base, base + ".gz"):
        if os.path.exists(path):
            return path, "botocore " + botocore.__version__
    sys.exit("ecs-schema: botocore " + botocore.__version__ + " has no ECS model at " + base)


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def reachable(shapes, start):
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes[name]
        if shape["type"] == "structure":
            todo.extend(m["shape"] for m in shape["members"].values())
        elif shape["type"] == "list":
            todo.append(shape["member"]["shape"])
        elif shape["type"] == "map":
            todo.extend([shape["key"]["shape"], shape["value"]["shape"]])
    return seen


def compact(shape):
    out = {"type": shape["type"]}
    if shape["type"] == "structure":
        out["members"] = {k: v["shape"] for k, v in shape["members"].items()}
        if shape.get("required"):
            out["required"] = list(shape["required"])
    elif shape["type"] == "list":
        out["member"] = shape["member"]["shape"]
    elif shape["type"] == "map":
        out["key"] = shape["key"]["shape"]
        out["value"] = shape["value"]["shape"]
    for key in ("enum", "min", "max"):
        if key in shape:
            out[key] = shape[key]
    if shape.get("deprecated"):
        out["deprecated"] = True
    return out


def apply_overlay(shapes):
    """What the ECS service checks, or has added, beyond this copy of the model."""
    notes = []

    def add_enum(shape, value, why):
        values = shapes[shape].setdefault("enum", [])
        if value not in values:
            values.append(value)
            notes.append(shape + ": added enum value " + value + " (" + why + ")")

    def add_required(shape, member, why):
        required = shapes[shape].setdefault("required", [])
        if member not in required:
            required.append(member)
            notes.append(shape + ": " + member + " required (" + why + ")")

    def set_bound(shape, key, value, why):
        if shapes[shape].get(key) != value:
            shapes[shape][key] = value
            notes.append(shape + ": " + key + " " + str(value) + " (" + why + ")")

    add_enum("ResourceType", "NeuronDevice", "newer ECS API; value ALL on Managed Instances")
    add_enum("Compatibility", "MANAGED_INSTANCES", "ECS Managed Instances")
    add_required("ContainerDefinition", "name", "the ECS service refuses a container without one")
    add_required("ContainerDefinition", "image", "the ECS service refuses a container without one")
    set_bound("ContainerDefinitions", "min", 1, "a task definition needs a container")
    set_bound("ContainerDefinitions", "max", 10, "ECS quota: 10 containers per task definition")
    return notes


def schema(model, source):
    shapes = model["shapes"]
    names = sorted(reachable(shapes, ROOT))
    out_shapes = {name: compact(shapes[name]) for name in names}
    overlay = apply_overlay(out_shapes)
    request_members = shapes[ROOT]["members"]
    read_only = [m for m in shapes[DESCRIBED]["members"] if m not in request_members]
    return {
        "source": source + " data/ecs/2014-11-13/service-2.json (Apache-2.0); generated by scripts/ecs-schema.py",
        "root": ROOT,
        "readOnly": read_only,
        "describeOutput": list(shapes[DESCRIBE_OUTPUT]["members"]),
        "overlay": overlay,
        "shapes": out_shapes,
    }


def write(doc):
    lines = ["{"]
    head = [k for k in doc if k != "shapes"]
    for key in head:
        lines.append("  " + json.dumps(key) + ": " + json.dumps(doc[key]) + ",")
    lines.append('  "shapes": {')
    items = list(doc["shapes"].items())
    for i, (name, shape) in enumerate(items):
        lines.append("    " + json.dumps(name) + ": " + json.dumps(shape) + ("," if i + 1 < len(items) else ""))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="path to the ECS service-2.json or .json.gz (default: installed botocore's)")
    args = parser.parse_args()
    if args.model:
        path, source = args.model, "ECS API model " + os.path.basename(args.model)
    else:
        path, source = installed_model()
    sys.stdout.write(write(schema(load(path), source)))


if __name__ == "__main__":
    main()
