import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves the bundles an installed Eclipse IDE starts (those of its configuration/config.ini)
 * in the IDE's own OSGi framework, with no display and no bundle started, and prints one line
 * for every bundle that does not resolve, with the framework's reason. Prints the number of
 * resolved bundles whose symbolic name starts with the given prefix on the last line.
 * Run by releng/scripts/ide-install-test.sh as
 * {@code java -cp IDE/plugins/org.eclipse.osgi_*.jar ResolveBundles.java IDE PREFIX}; exits 1
 * when a bundle does not resolve.
 */
public final class ResolveBundles {

    private ResolveBundles() {
    }

    public static void main(String[] args) throws Exception {
        Path ide = Path.of(args[0]).toAbsolutePath();
        String prefix = args[1];
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, Files.createTempDirectory("resolve-bundles").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("osgi.os", "linux");
        properties.put("osgi.ws", "gtk");
        properties.put("osgi.arch", "x86_64");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(properties);
        framework.start();
        try {
            List<Bundle> bundles = install(framework.getBundleContext(), ide);
            framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
            int unresolved = 0;
            int matching = 0;
            for (Bundle bundle : bundles) {
                if (bundle.getState() == Bundle.INSTALLED) {
                    unresolved++;
                    System.out.println("unresolved " + bundle.getSymbolicName() + ": " + reason(bundle));
                } else if (bundle.getSymbolicName().startsWith(prefix)) {
                    matching++;
                }
            }
            System.out.println(bundles.size() + " bundles, " + unresolved + " unresolved, " + matching
                    + " resolved " + prefix + "*");
            System.exit(unresolved == 0 ? 0 : 1);
        } finally {
            framework.stop();
        }
    }

    /** Installs every bundle of config.ini's osgi.bundles ("reference:file:NAME@LEVEL", relative to plugins/). */
    private static List<Bundle> install(BundleContext context, Path ide) throws IOException, BundleException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(ide.resolve("configuration/config.ini"))) {
            config.load(in);
        }
        List<Bundle> bundles = new ArrayList<>();
        for (String entry : config.getProperty("osgi.bundles", "").split(",")) {
            String location = entry.trim().replaceFirst("@.*$", "").replaceFirst("^reference:file:", "");
            if (!location.isEmpty()) {
                bundles.add(context.installBundle("reference:" + ide.resolve("plugins").resolve(location).toUri()));
            }
        }
        return bundles;
    }

    /** The framework's reason, taken from the refusal to start a bundle that cannot resolve. */
    private static String reason(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "resolved on start";
        } catch (BundleException e) {
            return e.getMessage().replace('\n', ' ');
        }
    }
}
