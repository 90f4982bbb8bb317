package dev.neuronecs.taskdef;

/** A task-definition placement constraint; ECS accepts only type "memberOf" here. */
public record PlacementConstraint(String type, String expression) {

  public static final String INSTANCE_TYPE_ATTRIBUTE = "attribute:ecs.instance-type";

  /** The constraint that pins a task to one instance type. */
  public static PlacementConstraint instanceType(String instanceType) {
    return new PlacementConstraint("memberOf", INSTANCE_TYPE_ATTRIBUTE + " == " + instanceType);
  }
}
