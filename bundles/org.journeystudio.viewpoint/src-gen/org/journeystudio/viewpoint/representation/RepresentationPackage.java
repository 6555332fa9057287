/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Representations (.journeyrep): diagrams and tables of a journey model. Saved are only what cannot be recomputed (user layout, hidden and collapsed states, active layers and filters, column widths and sort); views are computed on refresh.
 * <!-- end-model-doc -->
 * @see org.journeystudio.viewpoint.representation.RepresentationFactory
 * @model kind="package"
 * @generated
 */
public interface RepresentationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "representation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.journeystudio.org/representation/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rep";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RepresentationPackage eINSTANCE = org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.RepresentationFileImpl <em>File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationFileImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getRepresentationFile()
	 * @generated
	 */
	int REPRESENTATION_FILE = 0;

	/**
	 * The feature id for the '<em><b>Representations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_FILE__REPRESENTATIONS = 0;

	/**
	 * The feature id for the '<em><b>Viewpoints</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_FILE__VIEWPOINTS = 1;

	/**
	 * The number of structural features of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_FILE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.RepresentationImpl <em>Representation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getRepresentation()
	 * @generated
	 */
	int REPRESENTATION = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Viewpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__VIEWPOINT = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__TARGET = 3;

	/**
	 * The number of structural features of the '<em>Representation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Representation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.DiagramImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = REPRESENTATION__NAME;

	/**
	 * The feature id for the '<em><b>Viewpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__VIEWPOINT = REPRESENTATION__VIEWPOINT;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION = REPRESENTATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__TARGET = REPRESENTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Active Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ACTIVE_LAYERS = REPRESENTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Active Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ACTIVE_FILTERS = REPRESENTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Layout Stale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__LAYOUT_STALE = REPRESENTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__STATES = REPRESENTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = REPRESENTATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = REPRESENTATION_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = REPRESENTATION_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = REPRESENTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.ViewStateImpl <em>View State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.ViewStateImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getViewState()
	 * @generated
	 */
	int VIEW_STATE = 3;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__MAPPING = 0;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__SEMANTIC = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__TARGET = 3;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__X = 4;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__Y = 5;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__WIDTH = 6;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__HEIGHT = 7;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__HIDDEN = 8;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__COLLAPSED = 9;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE__BENDPOINTS = 10;

	/**
	 * The number of structural features of the '<em>View State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>View State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.BendpointImpl <em>Bendpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.BendpointImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getBendpoint()
	 * @generated
	 */
	int BENDPOINT = 4;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.ViewImpl <em>View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.ViewImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getView()
	 * @generated
	 */
	int VIEW = 5;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__MAPPING = 0;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__SEMANTIC = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__VISIBLE = 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__STATE = 4;

	/**
	 * The number of structural features of the '<em>View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.NodeImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 6;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__MAPPING = VIEW__MAPPING;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__SEMANTIC = VIEW__SEMANTIC;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LABEL = VIEW__LABEL;

	/**
	 * The feature id for the '<em><b>Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__VISIBLE = VIEW__VISIBLE;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__STATE = VIEW__STATE;

	/**
	 * The feature id for the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CONTAINER = VIEW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DETAIL = VIEW_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__COLUMN = VIEW_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Aligned With</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ALIGNED_WITH = VIEW_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__LEVEL = VIEW_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__X = VIEW_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__Y = VIEW_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__CHILDREN = VIEW_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Bordered Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__BORDERED_NODES = VIEW_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__STYLE = VIEW_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = VIEW_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = VIEW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.EdgeImpl <em>Edge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.EdgeImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getEdge()
	 * @generated
	 */
	int EDGE = 7;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__MAPPING = VIEW__MAPPING;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__SEMANTIC = VIEW__SEMANTIC;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__LABEL = VIEW__LABEL;

	/**
	 * The feature id for the '<em><b>Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__VISIBLE = VIEW__VISIBLE;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__STATE = VIEW__STATE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__SOURCE = VIEW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__TARGET = VIEW_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__STYLE = VIEW_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_FEATURE_COUNT = VIEW_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_OPERATION_COUNT = VIEW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl <em>Node Style Values</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getNodeStyleValues()
	 * @generated
	 */
	int NODE_STYLE_VALUES = 8;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__SHAPE = 0;

	/**
	 * The feature id for the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__FILL_COLOR = 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__BORDER_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Border Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__BORDER_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Border Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__BORDER_STYLE = 4;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__LABEL_COLOR = 5;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__LABEL_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__LABEL_BOLD = 7;

	/**
	 * The feature id for the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__LABEL_ITALIC = 8;

	/**
	 * The feature id for the '<em><b>Label Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__LABEL_POSITION = 9;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__ICON = 10;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__WIDTH = 11;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES__HEIGHT = 12;

	/**
	 * The number of structural features of the '<em>Node Style Values</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Node Style Values</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_VALUES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl <em>Edge Style Values</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getEdgeStyleValues()
	 * @generated
	 */
	int EDGE_STYLE_VALUES = 9;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__LINE_STYLE = 0;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__ROUTING = 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__COLOR = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Source Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__SOURCE_ARROW = 4;

	/**
	 * The feature id for the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__TARGET_ARROW = 5;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__LABEL_COLOR = 6;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__LABEL_SIZE = 7;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__LABEL_BOLD = 8;

	/**
	 * The feature id for the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES__LABEL_ITALIC = 9;

	/**
	 * The number of structural features of the '<em>Edge Style Values</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Edge Style Values</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_VALUES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.TableImpl <em>Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.TableImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getTable()
	 * @generated
	 */
	int TABLE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__NAME = REPRESENTATION__NAME;

	/**
	 * The feature id for the '<em><b>Viewpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__VIEWPOINT = REPRESENTATION__VIEWPOINT;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__DESCRIPTION = REPRESENTATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__TARGET = REPRESENTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Sort Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__SORT_COLUMN = REPRESENTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sort Descending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__SORT_DESCENDING = REPRESENTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Column States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__COLUMN_STATES = REPRESENTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__COLUMNS = REPRESENTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__LINES = REPRESENTATION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FEATURE_COUNT = REPRESENTATION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_OPERATION_COUNT = REPRESENTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.ColumnStateImpl <em>Column State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.ColumnStateImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getColumnState()
	 * @generated
	 */
	int COLUMN_STATE = 11;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_STATE__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_STATE__SEMANTIC = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_STATE__WIDTH = 2;

	/**
	 * The number of structural features of the '<em>Column State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_STATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Column State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.ColumnImpl <em>Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.ColumnImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getColumn()
	 * @generated
	 */
	int COLUMN = 12;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__MAPPING = 0;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__SEMANTIC = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__FEATURE_NAME = 4;

	/**
	 * The number of structural features of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.LineImpl <em>Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.LineImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getLine()
	 * @generated
	 */
	int LINE = 13;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__MAPPING = 0;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__SEMANTIC = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__BACKGROUND = 3;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__FOREGROUND = 4;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__BOLD = 5;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__CELLS = 6;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__LINES = 7;

	/**
	 * The number of structural features of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.representation.impl.CellImpl <em>Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.representation.impl.CellImpl
	 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getCell()
	 * @generated
	 */
	int CELL = 14;

	/**
	 * The feature id for the '<em><b>Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__SEMANTIC = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Editable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__EDITABLE = 3;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__BACKGROUND = 4;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__FOREGROUND = 5;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__BOLD = 6;

	/**
	 * The number of structural features of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.RepresentationFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File</em>'.
	 * @see org.journeystudio.viewpoint.representation.RepresentationFile
	 * @generated
	 */
	EClass getRepresentationFile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.RepresentationFile#getRepresentations <em>Representations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Representations</em>'.
	 * @see org.journeystudio.viewpoint.representation.RepresentationFile#getRepresentations()
	 * @see #getRepresentationFile()
	 * @generated
	 */
	EReference getRepresentationFile_Representations();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.viewpoint.representation.RepresentationFile#getViewpoints <em>Viewpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Viewpoints</em>'.
	 * @see org.journeystudio.viewpoint.representation.RepresentationFile#getViewpoints()
	 * @see #getRepresentationFile()
	 * @generated
	 */
	EAttribute getRepresentationFile_Viewpoints();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Representation <em>Representation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation</em>'.
	 * @see org.journeystudio.viewpoint.representation.Representation
	 * @generated
	 */
	EClass getRepresentation();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Representation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.journeystudio.viewpoint.representation.Representation#getName()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Representation#getViewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Viewpoint</em>'.
	 * @see org.journeystudio.viewpoint.representation.Representation#getViewpoint()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_Viewpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Representation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.journeystudio.viewpoint.representation.Representation#getDescription()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_Description();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Representation#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.journeystudio.viewpoint.representation.Representation#getTarget()
	 * @see #getRepresentation()
	 * @generated
	 */
	EReference getRepresentation_Target();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.journeystudio.viewpoint.representation.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.viewpoint.representation.Diagram#getActiveLayers <em>Active Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Layers</em>'.
	 * @see org.journeystudio.viewpoint.representation.Diagram#getActiveLayers()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ActiveLayers();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.viewpoint.representation.Diagram#getActiveFilters <em>Active Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Filters</em>'.
	 * @see org.journeystudio.viewpoint.representation.Diagram#getActiveFilters()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ActiveFilters();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Diagram#isLayoutStale <em>Layout Stale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout Stale</em>'.
	 * @see org.journeystudio.viewpoint.representation.Diagram#isLayoutStale()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_LayoutStale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Diagram#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>States</em>'.
	 * @see org.journeystudio.viewpoint.representation.Diagram#getStates()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_States();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.journeystudio.viewpoint.representation.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.journeystudio.viewpoint.representation.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.ViewState <em>View State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>View State</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState
	 * @generated
	 */
	EClass getViewState();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ViewState#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getMapping()
	 * @see #getViewState()
	 * @generated
	 */
	EAttribute getViewState_Mapping();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.ViewState#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getSemantic()
	 * @see #getViewState()
	 * @generated
	 */
	EReference getViewState_Semantic();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.ViewState#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getSource()
	 * @see #getViewState()
	 * @generated
	 */
	EReference getViewState_Source();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.ViewState#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getTarget()
	 * @see #getViewState()
	 * @generated
	 */
	EReference getViewState_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ViewState#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getX()
	 * @see #getViewState()
	 * @generated
	 */
	EAttribute getViewState_X();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ViewState#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getY()
	 * @see #getViewState()
	 * @generated
	 */
	EAttribute getViewState_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ViewState#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getWidth()
	 * @see #getViewState()
	 * @generated
	 */
	EAttribute getViewState_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ViewState#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getHeight()
	 * @see #getViewState()
	 * @generated
	 */
	EAttribute getViewState_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ViewState#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#isHidden()
	 * @see #getViewState()
	 * @generated
	 */
	EAttribute getViewState_Hidden();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ViewState#isCollapsed <em>Collapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collapsed</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#isCollapsed()
	 * @see #getViewState()
	 * @generated
	 */
	EAttribute getViewState_Collapsed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.ViewState#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bendpoints</em>'.
	 * @see org.journeystudio.viewpoint.representation.ViewState#getBendpoints()
	 * @see #getViewState()
	 * @generated
	 */
	EReference getViewState_Bendpoints();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Bendpoint <em>Bendpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bendpoint</em>'.
	 * @see org.journeystudio.viewpoint.representation.Bendpoint
	 * @generated
	 */
	EClass getBendpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Bendpoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.journeystudio.viewpoint.representation.Bendpoint#getX()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Bendpoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.journeystudio.viewpoint.representation.Bendpoint#getY()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_Y();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.View <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>View</em>'.
	 * @see org.journeystudio.viewpoint.representation.View
	 * @generated
	 */
	EClass getView();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.View#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.journeystudio.viewpoint.representation.View#getMapping()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Mapping();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.View#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.journeystudio.viewpoint.representation.View#getSemantic()
	 * @see #getView()
	 * @generated
	 */
	EReference getView_Semantic();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.View#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.journeystudio.viewpoint.representation.View#getLabel()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.View#isVisible <em>Visible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible</em>'.
	 * @see org.journeystudio.viewpoint.representation.View#isVisible()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Visible();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.View#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>State</em>'.
	 * @see org.journeystudio.viewpoint.representation.View#getState()
	 * @see #getView()
	 * @generated
	 */
	EReference getView_State();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Node#isContainer <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#isContainer()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Container();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Node#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getDetail()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Detail();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Node#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Column</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getColumn()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Column();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Node#getAlignedWith <em>Aligned With</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Aligned With</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getAlignedWith()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_AlignedWith();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Node#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getLevel()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Node#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getX()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_X();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Node#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getY()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Y();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Node#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getChildren()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Children();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Node#getBorderedNodes <em>Bordered Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bordered Nodes</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getBorderedNodes()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_BorderedNodes();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.representation.Node#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.representation.Node#getStyle()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Style();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Edge <em>Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge</em>'.
	 * @see org.journeystudio.viewpoint.representation.Edge
	 * @generated
	 */
	EClass getEdge();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Edge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.journeystudio.viewpoint.representation.Edge#getSource()
	 * @see #getEdge()
	 * @generated
	 */
	EReference getEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Edge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.journeystudio.viewpoint.representation.Edge#getTarget()
	 * @see #getEdge()
	 * @generated
	 */
	EReference getEdge_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.representation.Edge#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.representation.Edge#getStyle()
	 * @see #getEdge()
	 * @generated
	 */
	EReference getEdge_Style();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.NodeStyleValues <em>Node Style Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style Values</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues
	 * @generated
	 */
	EClass getNodeStyleValues();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getShape()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getFillColor <em>Fill Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Color</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getFillColor()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_FillColor();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderColor()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderSize <em>Border Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Size</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderSize()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_BorderSize();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderStyle <em>Border Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Style</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderStyle()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_BorderStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelColor()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelSize <em>Label Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Size</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelSize()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_LabelSize();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelBold <em>Label Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Bold</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelBold()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_LabelBold();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelItalic <em>Label Italic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Italic</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelItalic()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_LabelItalic();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelPosition <em>Label Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Position</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelPosition()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_LabelPosition();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getIcon()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_Icon();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getWidth()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.journeystudio.viewpoint.representation.NodeStyleValues#getHeight()
	 * @see #getNodeStyleValues()
	 * @generated
	 */
	EAttribute getNodeStyleValues_Height();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues <em>Edge Style Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style Values</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues
	 * @generated
	 */
	EClass getEdgeStyleValues();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getLineStyle()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getRouting()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_Routing();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getColor()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getSize()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getSourceArrow <em>Source Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Arrow</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getSourceArrow()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_SourceArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getTargetArrow <em>Target Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Arrow</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getTargetArrow()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_TargetArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelColor()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelSize <em>Label Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Size</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelSize()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_LabelSize();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelBold <em>Label Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Bold</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelBold()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_LabelBold();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelItalic <em>Label Italic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Italic</em>'.
	 * @see org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelItalic()
	 * @see #getEdgeStyleValues()
	 * @generated
	 */
	EAttribute getEdgeStyleValues_LabelItalic();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Table <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table</em>'.
	 * @see org.journeystudio.viewpoint.representation.Table
	 * @generated
	 */
	EClass getTable();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Table#getSortColumn <em>Sort Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Column</em>'.
	 * @see org.journeystudio.viewpoint.representation.Table#getSortColumn()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_SortColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Table#isSortDescending <em>Sort Descending</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Descending</em>'.
	 * @see org.journeystudio.viewpoint.representation.Table#isSortDescending()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_SortDescending();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Table#getColumnStates <em>Column States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Column States</em>'.
	 * @see org.journeystudio.viewpoint.representation.Table#getColumnStates()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_ColumnStates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Table#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.journeystudio.viewpoint.representation.Table#getColumns()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_Columns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Table#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.journeystudio.viewpoint.representation.Table#getLines()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_Lines();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.ColumnState <em>Column State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column State</em>'.
	 * @see org.journeystudio.viewpoint.representation.ColumnState
	 * @generated
	 */
	EClass getColumnState();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ColumnState#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.journeystudio.viewpoint.representation.ColumnState#getColumn()
	 * @see #getColumnState()
	 * @generated
	 */
	EAttribute getColumnState_Column();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.ColumnState#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.journeystudio.viewpoint.representation.ColumnState#getSemantic()
	 * @see #getColumnState()
	 * @generated
	 */
	EReference getColumnState_Semantic();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.ColumnState#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.journeystudio.viewpoint.representation.ColumnState#getWidth()
	 * @see #getColumnState()
	 * @generated
	 */
	EAttribute getColumnState_Width();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Column <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column</em>'.
	 * @see org.journeystudio.viewpoint.representation.Column
	 * @generated
	 */
	EClass getColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Column#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.journeystudio.viewpoint.representation.Column#getMapping()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Mapping();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Column#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.journeystudio.viewpoint.representation.Column#getSemantic()
	 * @see #getColumn()
	 * @generated
	 */
	EReference getColumn_Semantic();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Column#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.journeystudio.viewpoint.representation.Column#getLabel()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Column#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.journeystudio.viewpoint.representation.Column#getWidth()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Column#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.journeystudio.viewpoint.representation.Column#getFeatureName()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_FeatureName();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Line <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Line</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line
	 * @generated
	 */
	EClass getLine();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Line#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#getMapping()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_Mapping();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Line#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#getSemantic()
	 * @see #getLine()
	 * @generated
	 */
	EReference getLine_Semantic();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Line#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#getLabel()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Line#getBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#getBackground()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_Background();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Line#getForeground <em>Foreground</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#getForeground()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_Foreground();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Line#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#isBold()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_Bold();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Line#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#getCells()
	 * @see #getLine()
	 * @generated
	 */
	EReference getLine_Cells();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.representation.Line#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.journeystudio.viewpoint.representation.Line#getLines()
	 * @see #getLine()
	 * @generated
	 */
	EReference getLine_Lines();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.representation.Cell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell
	 * @generated
	 */
	EClass getCell();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Cell#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Column</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell#getColumn()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_Column();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.representation.Cell#getSemantic <em>Semantic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell#getSemantic()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_Semantic();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Cell#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell#getLabel()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Cell#isEditable <em>Editable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Editable</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell#isEditable()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Editable();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Cell#getBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell#getBackground()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Background();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Cell#getForeground <em>Foreground</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell#getForeground()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Foreground();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.representation.Cell#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.journeystudio.viewpoint.representation.Cell#isBold()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Bold();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RepresentationFactory getRepresentationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.RepresentationFileImpl <em>File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationFileImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getRepresentationFile()
		 * @generated
		 */
		EClass REPRESENTATION_FILE = eINSTANCE.getRepresentationFile();

		/**
		 * The meta object literal for the '<em><b>Representations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_FILE__REPRESENTATIONS = eINSTANCE.getRepresentationFile_Representations();

		/**
		 * The meta object literal for the '<em><b>Viewpoints</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_FILE__VIEWPOINTS = eINSTANCE.getRepresentationFile_Viewpoints();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.RepresentationImpl <em>Representation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getRepresentation()
		 * @generated
		 */
		EClass REPRESENTATION = eINSTANCE.getRepresentation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__NAME = eINSTANCE.getRepresentation_Name();

		/**
		 * The meta object literal for the '<em><b>Viewpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__VIEWPOINT = eINSTANCE.getRepresentation_Viewpoint();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__DESCRIPTION = eINSTANCE.getRepresentation_Description();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION__TARGET = eINSTANCE.getRepresentation_Target();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.DiagramImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Active Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ACTIVE_LAYERS = eINSTANCE.getDiagram_ActiveLayers();

		/**
		 * The meta object literal for the '<em><b>Active Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ACTIVE_FILTERS = eINSTANCE.getDiagram_ActiveFilters();

		/**
		 * The meta object literal for the '<em><b>Layout Stale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__LAYOUT_STALE = eINSTANCE.getDiagram_LayoutStale();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__STATES = eINSTANCE.getDiagram_States();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.ViewStateImpl <em>View State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.ViewStateImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getViewState()
		 * @generated
		 */
		EClass VIEW_STATE = eINSTANCE.getViewState();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW_STATE__MAPPING = eINSTANCE.getViewState_Mapping();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW_STATE__SEMANTIC = eINSTANCE.getViewState_Semantic();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW_STATE__SOURCE = eINSTANCE.getViewState_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW_STATE__TARGET = eINSTANCE.getViewState_Target();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW_STATE__X = eINSTANCE.getViewState_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW_STATE__Y = eINSTANCE.getViewState_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW_STATE__WIDTH = eINSTANCE.getViewState_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW_STATE__HEIGHT = eINSTANCE.getViewState_Height();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW_STATE__HIDDEN = eINSTANCE.getViewState_Hidden();

		/**
		 * The meta object literal for the '<em><b>Collapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW_STATE__COLLAPSED = eINSTANCE.getViewState_Collapsed();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW_STATE__BENDPOINTS = eINSTANCE.getViewState_Bendpoints();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.BendpointImpl <em>Bendpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.BendpointImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getBendpoint()
		 * @generated
		 */
		EClass BENDPOINT = eINSTANCE.getBendpoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__X = eINSTANCE.getBendpoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__Y = eINSTANCE.getBendpoint_Y();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.ViewImpl <em>View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.ViewImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getView()
		 * @generated
		 */
		EClass VIEW = eINSTANCE.getView();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__MAPPING = eINSTANCE.getView_Mapping();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW__SEMANTIC = eINSTANCE.getView_Semantic();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__LABEL = eINSTANCE.getView_Label();

		/**
		 * The meta object literal for the '<em><b>Visible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__VISIBLE = eINSTANCE.getView_Visible();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW__STATE = eINSTANCE.getView_State();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.NodeImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Container</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__CONTAINER = eINSTANCE.getNode_Container();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DETAIL = eINSTANCE.getNode_Detail();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__COLUMN = eINSTANCE.getNode_Column();

		/**
		 * The meta object literal for the '<em><b>Aligned With</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__ALIGNED_WITH = eINSTANCE.getNode_AlignedWith();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__LEVEL = eINSTANCE.getNode_Level();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__X = eINSTANCE.getNode_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__Y = eINSTANCE.getNode_Y();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__CHILDREN = eINSTANCE.getNode_Children();

		/**
		 * The meta object literal for the '<em><b>Bordered Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__BORDERED_NODES = eINSTANCE.getNode_BorderedNodes();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__STYLE = eINSTANCE.getNode_Style();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.EdgeImpl <em>Edge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.EdgeImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getEdge()
		 * @generated
		 */
		EClass EDGE = eINSTANCE.getEdge();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE__SOURCE = eINSTANCE.getEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE__TARGET = eINSTANCE.getEdge_Target();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE__STYLE = eINSTANCE.getEdge_Style();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl <em>Node Style Values</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getNodeStyleValues()
		 * @generated
		 */
		EClass NODE_STYLE_VALUES = eINSTANCE.getNodeStyleValues();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__SHAPE = eINSTANCE.getNodeStyleValues_Shape();

		/**
		 * The meta object literal for the '<em><b>Fill Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__FILL_COLOR = eINSTANCE.getNodeStyleValues_FillColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__BORDER_COLOR = eINSTANCE.getNodeStyleValues_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Border Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__BORDER_SIZE = eINSTANCE.getNodeStyleValues_BorderSize();

		/**
		 * The meta object literal for the '<em><b>Border Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__BORDER_STYLE = eINSTANCE.getNodeStyleValues_BorderStyle();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__LABEL_COLOR = eINSTANCE.getNodeStyleValues_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Label Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__LABEL_SIZE = eINSTANCE.getNodeStyleValues_LabelSize();

		/**
		 * The meta object literal for the '<em><b>Label Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__LABEL_BOLD = eINSTANCE.getNodeStyleValues_LabelBold();

		/**
		 * The meta object literal for the '<em><b>Label Italic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__LABEL_ITALIC = eINSTANCE.getNodeStyleValues_LabelItalic();

		/**
		 * The meta object literal for the '<em><b>Label Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__LABEL_POSITION = eINSTANCE.getNodeStyleValues_LabelPosition();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__ICON = eINSTANCE.getNodeStyleValues_Icon();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__WIDTH = eINSTANCE.getNodeStyleValues_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_VALUES__HEIGHT = eINSTANCE.getNodeStyleValues_Height();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl <em>Edge Style Values</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getEdgeStyleValues()
		 * @generated
		 */
		EClass EDGE_STYLE_VALUES = eINSTANCE.getEdgeStyleValues();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__LINE_STYLE = eINSTANCE.getEdgeStyleValues_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__ROUTING = eINSTANCE.getEdgeStyleValues_Routing();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__COLOR = eINSTANCE.getEdgeStyleValues_Color();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__SIZE = eINSTANCE.getEdgeStyleValues_Size();

		/**
		 * The meta object literal for the '<em><b>Source Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__SOURCE_ARROW = eINSTANCE.getEdgeStyleValues_SourceArrow();

		/**
		 * The meta object literal for the '<em><b>Target Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__TARGET_ARROW = eINSTANCE.getEdgeStyleValues_TargetArrow();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__LABEL_COLOR = eINSTANCE.getEdgeStyleValues_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Label Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__LABEL_SIZE = eINSTANCE.getEdgeStyleValues_LabelSize();

		/**
		 * The meta object literal for the '<em><b>Label Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__LABEL_BOLD = eINSTANCE.getEdgeStyleValues_LabelBold();

		/**
		 * The meta object literal for the '<em><b>Label Italic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_VALUES__LABEL_ITALIC = eINSTANCE.getEdgeStyleValues_LabelItalic();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.TableImpl <em>Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.TableImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getTable()
		 * @generated
		 */
		EClass TABLE = eINSTANCE.getTable();

		/**
		 * The meta object literal for the '<em><b>Sort Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__SORT_COLUMN = eINSTANCE.getTable_SortColumn();

		/**
		 * The meta object literal for the '<em><b>Sort Descending</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__SORT_DESCENDING = eINSTANCE.getTable_SortDescending();

		/**
		 * The meta object literal for the '<em><b>Column States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__COLUMN_STATES = eINSTANCE.getTable_ColumnStates();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__COLUMNS = eINSTANCE.getTable_Columns();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__LINES = eINSTANCE.getTable_Lines();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.ColumnStateImpl <em>Column State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.ColumnStateImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getColumnState()
		 * @generated
		 */
		EClass COLUMN_STATE = eINSTANCE.getColumnState();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_STATE__COLUMN = eINSTANCE.getColumnState_Column();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN_STATE__SEMANTIC = eINSTANCE.getColumnState_Semantic();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_STATE__WIDTH = eINSTANCE.getColumnState_Width();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.ColumnImpl <em>Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.ColumnImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getColumn()
		 * @generated
		 */
		EClass COLUMN = eINSTANCE.getColumn();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__MAPPING = eINSTANCE.getColumn_Mapping();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN__SEMANTIC = eINSTANCE.getColumn_Semantic();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__LABEL = eINSTANCE.getColumn_Label();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__WIDTH = eINSTANCE.getColumn_Width();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__FEATURE_NAME = eINSTANCE.getColumn_FeatureName();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.LineImpl <em>Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.LineImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getLine()
		 * @generated
		 */
		EClass LINE = eINSTANCE.getLine();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__MAPPING = eINSTANCE.getLine_Mapping();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE__SEMANTIC = eINSTANCE.getLine_Semantic();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__LABEL = eINSTANCE.getLine_Label();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__BACKGROUND = eINSTANCE.getLine_Background();

		/**
		 * The meta object literal for the '<em><b>Foreground</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__FOREGROUND = eINSTANCE.getLine_Foreground();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__BOLD = eINSTANCE.getLine_Bold();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE__CELLS = eINSTANCE.getLine_Cells();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE__LINES = eINSTANCE.getLine_Lines();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.representation.impl.CellImpl <em>Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.representation.impl.CellImpl
		 * @see org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl#getCell()
		 * @generated
		 */
		EClass CELL = eINSTANCE.getCell();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__COLUMN = eINSTANCE.getCell_Column();

		/**
		 * The meta object literal for the '<em><b>Semantic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__SEMANTIC = eINSTANCE.getCell_Semantic();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__LABEL = eINSTANCE.getCell_Label();

		/**
		 * The meta object literal for the '<em><b>Editable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__EDITABLE = eINSTANCE.getCell_Editable();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__BACKGROUND = eINSTANCE.getCell_Background();

		/**
		 * The meta object literal for the '<em><b>Foreground</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__FOREGROUND = eINSTANCE.getCell_Foreground();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__BOLD = eINSTANCE.getCell_Bold();

	}

} //RepresentationPackage
