import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Floor of cli-benchmark.sh: a JVM holding only EMF and the metamodel's {@code .ecore}, which
 * loads a map with dynamic EMF and EMF's own XMI loader, and validates nothing. No generated
 * code and nothing of Journey Studio is on its class path.
 */
public final class DynamicEmfLoad {

    private DynamicEmfLoad() {
    }

    public static void main(String[] args) throws Exception {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource metamodel = set.getResource(URI.createFileURI(args[0]), true);
        EPackage journey = (EPackage) metamodel.getContents().get(0);
        set.getPackageRegistry().put(journey.getNsURI(), journey);
        // EMF's documented options for fast loading (the default XMI loader, tuned as EMF advises).
        XMIResourceImpl map = (XMIResourceImpl) set.createResource(URI.createFileURI(args[1]));
        map.setIntrinsicIDToEObjectMap(new HashMap<>());
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl());
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        map.load(options);
        long count = 0;
        for (var it = EcoreUtil.getAllContents(map, false); it.hasNext(); it.next()) {
            count++;
        }
        System.out.println(count + " elements");
    }
}
