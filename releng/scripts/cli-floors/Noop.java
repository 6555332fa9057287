/** Floor of cli-benchmark.sh: a JVM that starts and exits. */
public final class Noop {

    private Noop() {
    }

    public static void main(String[] args) {
    }
}
