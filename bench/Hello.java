/** The floor: the cheapest Java program that prints a small JSON document. */
public class Hello {
  public static void main(String[] args) {
    System.out.println("{\"hello\": \"world\"}");
  }
}
