/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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
 * Viewpoint specifications in the spirit of Eclipse Sirius: representations (diagrams, edition and cross tables) of a semantic model described by mappings, styles, layers, filters and tools whose expressions are JEXL 3.
 * <!-- end-model-doc -->
 * @see org.journeystudio.viewpoint.ViewpointFactory
 * @model kind="package"
 * @generated
 */
public interface ViewpointPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "viewpoint";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.journeystudio.org/viewpoint/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "viewpoint";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ViewpointPackage eINSTANCE = org.journeystudio.viewpoint.impl.ViewpointPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DocumentedElementImpl <em>Documented Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DocumentedElementImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDocumentedElement()
	 * @generated
	 */
	int DOCUMENTED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENTED_ELEMENT__DOCUMENTATION = 0;

	/**
	 * The number of structural features of the '<em>Documented Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENTED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Documented Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENTED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.IdentifiedElementImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getIdentifiedElement()
	 * @generated
	 */
	int IDENTIFIED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__DOCUMENTATION = DOCUMENTED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__NAME = DOCUMENTED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__LABEL = DOCUMENTED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_FEATURE_COUNT = DOCUMENTED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_OPERATION_COUNT = DOCUMENTED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.GroupImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 2;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Viewpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__VIEWPOINTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ViewpointImpl <em>Viewpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ViewpointImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getViewpoint()
	 * @generated
	 */
	int VIEWPOINT = 3;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Model File Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__MODEL_FILE_EXTENSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Services</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__SERVICES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Representations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__REPRESENTATIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Validation Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__VALIDATION_RULES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ValidationRuleImpl <em>Validation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ValidationRuleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getValidationRule()
	 * @generated
	 */
	int VALIDATION_RULE = 4;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__DOCUMENTATION = DOCUMENTED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__ID = DOCUMENTED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__SEVERITY = DOCUMENTED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__DOMAIN_CLASS = DOCUMENTED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Condition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__CONDITION_EXPRESSION = DOCUMENTED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Message Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE__MESSAGE_EXPRESSION = DOCUMENTED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Validation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE_FEATURE_COUNT = DOCUMENTED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Validation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALIDATION_RULE_OPERATION_COUNT = DOCUMENTED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.RepresentationDescriptionImpl <em>Representation Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.RepresentationDescriptionImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRepresentationDescription()
	 * @generated
	 */
	int REPRESENTATION_DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__TITLE_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Representation Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Representation Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DiagramDescriptionImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = REPRESENTATION_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__NAME = REPRESENTATION_DESCRIPTION__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = REPRESENTATION_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOMAIN_CLASS = REPRESENTATION_DESCRIPTION__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__PRECONDITION = REPRESENTATION_DESCRIPTION__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__TITLE_EXPRESSION = REPRESENTATION_DESCRIPTION__TITLE_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYOUT = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Columns Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DEFAULT_LAYER = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Additional Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__FILTERS = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = REPRESENTATION_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.LayerImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 7;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CONTAINER_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__TOOLS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.RepresentationElementMappingImpl <em>Representation Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.RepresentationElementMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRepresentationElementMapping()
	 * @generated
	 */
	int REPRESENTATION_ELEMENT_MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING__PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Representation Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Representation Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_ELEMENT_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DiagramElementMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDiagramElementMapping()
	 * @generated
	 */
	int DIAGRAM_ELEMENT_MAPPING = 9;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION = REPRESENTATION_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__NAME = REPRESENTATION_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL = REPRESENTATION_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__PRECONDITION = REPRESENTATION_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT = REPRESENTATION_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getAbstractNodeMapping()
	 * @generated
	 */
	int ABSTRACT_NODE_MAPPING = 10;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__NAME = DIAGRAM_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Detail Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Column Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Align Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Level Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__XEXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__YEXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.NodeMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 11;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__BORDERED_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Detail Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DETAIL_EXPRESSION = ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Column Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__COLUMN_EXPRESSION = ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Align Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ALIGN_EXPRESSION = ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Level Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LEVEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__XEXPRESSION = ABSTRACT_NODE_MAPPING__XEXPRESSION;

	/**
	 * The feature id for the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__YEXPRESSION = ABSTRACT_NODE_MAPPING__YEXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ContainerMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 12;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__BORDERED_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Detail Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DETAIL_EXPRESSION = ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Column Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__COLUMN_EXPRESSION = ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Align Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__ALIGN_EXPRESSION = ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Level Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LEVEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__XEXPRESSION = ABSTRACT_NODE_MAPPING__XEXPRESSION;

	/**
	 * The feature id for the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__YEXPRESSION = ABSTRACT_NODE_MAPPING__YEXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Arrangement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__ARRANGEMENT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.EdgeMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 13;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__NAME = DIAGRAM_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Use Domain Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__USE_DOMAIN_ELEMENT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_FINDER_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_FINDER_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.StyleImpl <em>Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.StyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getStyle()
	 * @generated
	 */
	int STYLE = 14;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_COLOR = 0;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_BOLD = 2;

	/**
	 * The feature id for the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_ITALIC = 3;

	/**
	 * The number of structural features of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.NodeStyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 15;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_SIZE = STYLE__LABEL_SIZE;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_BOLD = STYLE__LABEL_BOLD;

	/**
	 * The feature id for the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_ITALIC = STYLE__LABEL_ITALIC;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FILL_COLOR = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOR = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Border Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_SIZE = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Border Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_STYLE = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH_EXPRESSION = STYLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Height Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT_EXPRESSION = STYLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Icon Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__ICON_EXPRESSION = STYLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Label Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_POSITION = STYLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.EdgeStyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 16;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_SIZE = STYLE__LABEL_SIZE;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_BOLD = STYLE__LABEL_BOLD;

	/**
	 * The feature id for the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_ITALIC = STYLE__LABEL_ITALIC;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__ROUTING = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__COLOR = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SIZE = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SOURCE_ARROW = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_ARROW = STYLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.CellStyleImpl <em>Cell Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.CellStyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getCellStyle()
	 * @generated
	 */
	int CELL_STYLE = 17;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__BACKGROUND = 0;

	/**
	 * The feature id for the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__FOREGROUND = 1;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__BOLD = 2;

	/**
	 * The number of structural features of the '<em>Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ConditionalStyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalStyle()
	 * @generated
	 */
	int CONDITIONAL_STYLE = 18;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__PREDICATE = 0;

	/**
	 * The number of structural features of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ConditionalNodeStyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalNodeStyle()
	 * @generated
	 */
	int CONDITIONAL_NODE_STYLE = 19;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__PREDICATE = CONDITIONAL_STYLE__PREDICATE;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__STYLE = CONDITIONAL_STYLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_FEATURE_COUNT = CONDITIONAL_STYLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_OPERATION_COUNT = CONDITIONAL_STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ConditionalEdgeStyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalEdgeStyle()
	 * @generated
	 */
	int CONDITIONAL_EDGE_STYLE = 20;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__PREDICATE = CONDITIONAL_STYLE__PREDICATE;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__STYLE = CONDITIONAL_STYLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_FEATURE_COUNT = CONDITIONAL_STYLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_OPERATION_COUNT = CONDITIONAL_STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ConditionalCellStyleImpl <em>Conditional Cell Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ConditionalCellStyleImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalCellStyle()
	 * @generated
	 */
	int CONDITIONAL_CELL_STYLE = 21;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_CELL_STYLE__PREDICATE = CONDITIONAL_STYLE__PREDICATE;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_CELL_STYLE__STYLE = CONDITIONAL_STYLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Conditional Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_CELL_STYLE_FEATURE_COUNT = CONDITIONAL_STYLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Conditional Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_CELL_STYLE_OPERATION_COUNT = CONDITIONAL_STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.FilterImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 22;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Condition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__CONDITION_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.TableDescriptionImpl <em>Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.TableDescriptionImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getTableDescription()
	 * @generated
	 */
	int TABLE_DESCRIPTION = 23;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__DOCUMENTATION = REPRESENTATION_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__NAME = REPRESENTATION_DESCRIPTION__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LABEL = REPRESENTATION_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__DOMAIN_CLASS = REPRESENTATION_DESCRIPTION__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__PRECONDITION = REPRESENTATION_DESCRIPTION__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__TITLE_EXPRESSION = REPRESENTATION_DESCRIPTION__TITLE_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Line Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LINE_MAPPINGS = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__TOOLS = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION_FEATURE_COUNT = REPRESENTATION_DESCRIPTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION_OPERATION_COUNT = REPRESENTATION_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.EditionTableDescriptionImpl <em>Edition Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.EditionTableDescriptionImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEditionTableDescription()
	 * @generated
	 */
	int EDITION_TABLE_DESCRIPTION = 24;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__DOCUMENTATION = TABLE_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__NAME = TABLE_DESCRIPTION__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__LABEL = TABLE_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__DOMAIN_CLASS = TABLE_DESCRIPTION__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__PRECONDITION = TABLE_DESCRIPTION__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__TITLE_EXPRESSION = TABLE_DESCRIPTION__TITLE_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Line Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__LINE_MAPPINGS = TABLE_DESCRIPTION__LINE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__TOOLS = TABLE_DESCRIPTION__TOOLS;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION__COLUMNS = TABLE_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Edition Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION_FEATURE_COUNT = TABLE_DESCRIPTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Edition Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_TABLE_DESCRIPTION_OPERATION_COUNT = TABLE_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.CrossTableDescriptionImpl <em>Cross Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.CrossTableDescriptionImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getCrossTableDescription()
	 * @generated
	 */
	int CROSS_TABLE_DESCRIPTION = 25;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__DOCUMENTATION = TABLE_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__NAME = TABLE_DESCRIPTION__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LABEL = TABLE_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__DOMAIN_CLASS = TABLE_DESCRIPTION__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__PRECONDITION = TABLE_DESCRIPTION__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__TITLE_EXPRESSION = TABLE_DESCRIPTION__TITLE_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Line Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LINE_MAPPINGS = TABLE_DESCRIPTION__LINE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__TOOLS = TABLE_DESCRIPTION__TOOLS;

	/**
	 * The feature id for the '<em><b>Column Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS = TABLE_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Intersections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__INTERSECTIONS = TABLE_DESCRIPTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cross Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION_FEATURE_COUNT = TABLE_DESCRIPTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Cross Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION_OPERATION_COUNT = TABLE_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.LineMappingImpl <em>Line Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.LineMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLineMapping()
	 * @generated
	 */
	int LINE_MAPPING = 26;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__DOCUMENTATION = REPRESENTATION_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__NAME = REPRESENTATION_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__LABEL = REPRESENTATION_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__DOMAIN_CLASS = REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__SEMANTIC_CANDIDATES = REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__PRECONDITION = REPRESENTATION_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Header Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__HEADER_LABEL_EXPRESSION = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__SUB_LINES = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__STYLE = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__CONDITIONAL_STYLES = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Line Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING_FEATURE_COUNT = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Line Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING_OPERATION_COUNT = REPRESENTATION_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl <em>Feature Column Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getFeatureColumnMapping()
	 * @generated
	 */
	int FEATURE_COLUMN_MAPPING = 27;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__FEATURE_NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Can Edit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__CAN_EDIT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__WIDTH = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cell Editor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__CELL_EDITOR = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__STYLE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Feature Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Feature Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ElementColumnMappingImpl <em>Element Column Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ElementColumnMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getElementColumnMapping()
	 * @generated
	 */
	int ELEMENT_COLUMN_MAPPING = 28;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__DOCUMENTATION = REPRESENTATION_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__NAME = REPRESENTATION_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__LABEL = REPRESENTATION_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__DOMAIN_CLASS = REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__SEMANTIC_CANDIDATES = REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__PRECONDITION = REPRESENTATION_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Header Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__WIDTH = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Element Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING_FEATURE_COUNT = REPRESENTATION_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Element Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING_OPERATION_COUNT = REPRESENTATION_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl <em>Intersection Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.IntersectionMappingImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getIntersectionMapping()
	 * @generated
	 */
	int INTERSECTION_MAPPING = 29;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Line Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__LINE_MAPPING = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Column Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__COLUMN_MAPPING = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cell Editor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__CELL_EDITOR = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__STYLE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__CONDITIONAL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Intersection Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Intersection Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 30;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ICON_NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__VARIABLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__OPERATIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.MappingToolImpl <em>Mapping Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.MappingToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getMappingTool()
	 * @generated
	 */
	int MAPPING_TOOL = 31;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__ICON_NAME = TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__VARIABLES = TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Mapping Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Mapping Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.NodeCreationToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getNodeCreationTool()
	 * @generated
	 */
	int NODE_CREATION_TOOL = 32;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The number of structural features of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ContainerCreationToolImpl <em>Container Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ContainerCreationToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerCreationTool()
	 * @generated
	 */
	int CONTAINER_CREATION_TOOL = 33;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The number of structural features of the '<em>Container Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Container Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_CREATION_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.EdgeCreationToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeCreationTool()
	 * @generated
	 */
	int EDGE_CREATION_TOOL = 34;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The number of structural features of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DeleteToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 35;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ReconnectToolImpl <em>Reconnect Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ReconnectToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getReconnectTool()
	 * @generated
	 */
	int RECONNECT_TOOL = 36;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__KIND = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reconnect Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Reconnect Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DirectEditToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 37;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The feature id for the '<em><b>Edit Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__EDIT_MASK = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Input Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION = MAPPING_TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DoubleClickToolImpl <em>Double Click Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DoubleClickToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDoubleClickTool()
	 * @generated
	 */
	int DOUBLE_CLICK_TOOL = 38;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The number of structural features of the '<em>Double Click Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Double Click Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOUBLE_CLICK_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DropToolImpl <em>Drop Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DropToolImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDropTool()
	 * @generated
	 */
	int DROP_TOOL = 39;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__DOCUMENTATION = MAPPING_TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__NAME = MAPPING_TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__LABEL = MAPPING_TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__PRECONDITION = MAPPING_TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__ICON_NAME = MAPPING_TOOL__ICON_NAME;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__VARIABLES = MAPPING_TOOL__VARIABLES;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__OPERATIONS = MAPPING_TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__MAPPINGS = MAPPING_TOOL__MAPPINGS;

	/**
	 * The feature id for the '<em><b>Drag Source Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__DRAG_SOURCE_CLASS = MAPPING_TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_FEATURE_COUNT = MAPPING_TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_OPERATION_COUNT = MAPPING_TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.SelectionVariableImpl <em>Selection Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.SelectionVariableImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getSelectionVariable()
	 * @generated
	 */
	int SELECTION_VARIABLE = 40;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE__CANDIDATES_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Multiple</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE__MULTIPLE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>New Element Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE__NEW_ELEMENT_LABEL = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Selection Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Selection Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_VARIABLE_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ModelOperationImpl <em>Model Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ModelOperationImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getModelOperation()
	 * @generated
	 */
	int MODEL_OPERATION = 41;

	/**
	 * The number of structural features of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ContainerOperationImpl <em>Container Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ContainerOperationImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerOperation()
	 * @generated
	 */
	int CONTAINER_OPERATION = 42;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_OPERATION__SUB_OPERATIONS = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Container Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_OPERATION_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Container Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_OPERATION_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ChangeContextImpl <em>Change Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ChangeContextImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getChangeContext()
	 * @generated
	 */
	int CHANGE_CONTEXT = 43;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Browse Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__BROWSE_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.CreateInstanceImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getCreateInstance()
	 * @generated
	 */
	int CREATE_INSTANCE = 44;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Type Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__TYPE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__REFERENCE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__VARIABLE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.SetValueImpl <em>Set Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.SetValueImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getSetValue()
	 * @generated
	 */
	int SET_VALUE = 45;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__FEATURE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__VALUE_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.UnsetImpl <em>Unset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.UnsetImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getUnset()
	 * @generated
	 */
	int UNSET = 46;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__FEATURE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__ELEMENT_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.AddValueImpl <em>Add Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.AddValueImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getAddValue()
	 * @generated
	 */
	int ADD_VALUE = 47;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE__FEATURE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE__VALUE_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Index Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE__INDEX_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Add Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Add Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_VALUE_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.RemoveValueImpl <em>Remove Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.RemoveValueImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRemoveValue()
	 * @generated
	 */
	int REMOVE_VALUE = 48;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE__FEATURE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE__VALUE_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Remove Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Remove Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_VALUE_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.MoveElementImpl <em>Move Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.MoveElementImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getMoveElement()
	 * @generated
	 */
	int MOVE_ELEMENT = 49;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ELEMENT__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>New Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ELEMENT__FEATURE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Index Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ELEMENT__INDEX_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Move Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ELEMENT_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Move Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOVE_ELEMENT_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.DeleteElementImpl <em>Delete Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.DeleteElementImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDeleteElement()
	 * @generated
	 */
	int DELETE_ELEMENT = 50;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_ELEMENT__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_ELEMENT__ELEMENT_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_ELEMENT_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_ELEMENT_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.IfImpl <em>If</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.IfImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getIf()
	 * @generated
	 */
	int IF = 51;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Condition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF__CONDITION_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>If</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>If</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IF_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.ForEachImpl <em>For Each</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.ForEachImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getForEach()
	 * @generated
	 */
	int FOR_EACH = 52;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH__EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Iterator Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH__ITERATOR_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>For Each</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>For Each</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOR_EACH_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.impl.LetImpl <em>Let</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.impl.LetImpl
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLet()
	 * @generated
	 */
	int LET = 53;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET__SUB_OPERATIONS = CONTAINER_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET__VARIABLE_NAME = CONTAINER_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET__VALUE_EXPRESSION = CONTAINER_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Let</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET_FEATURE_COUNT = CONTAINER_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Let</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LET_OPERATION_COUNT = CONTAINER_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.DiagramLayout <em>Diagram Layout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.DiagramLayout
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDiagramLayout()
	 * @generated
	 */
	int DIAGRAM_LAYOUT = 54;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.ContainerArrangement <em>Container Arrangement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.ContainerArrangement
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerArrangement()
	 * @generated
	 */
	int CONTAINER_ARRANGEMENT = 55;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.ShapeKind <em>Shape Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.ShapeKind
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getShapeKind()
	 * @generated
	 */
	int SHAPE_KIND = 56;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.LabelPosition <em>Label Position</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.LabelPosition
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLabelPosition()
	 * @generated
	 */
	int LABEL_POSITION = 57;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.LineStyle
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 58;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.ArrowKind <em>Arrow Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.ArrowKind
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getArrowKind()
	 * @generated
	 */
	int ARROW_KIND = 59;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.ReconnectKind <em>Reconnect Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.ReconnectKind
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getReconnectKind()
	 * @generated
	 */
	int RECONNECT_KIND = 60;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.RuleSeverity <em>Rule Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.RuleSeverity
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRuleSeverity()
	 * @generated
	 */
	int RULE_SEVERITY = 61;

	/**
	 * The meta object id for the '{@link org.journeystudio.viewpoint.EdgeRouting <em>Edge Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.journeystudio.viewpoint.EdgeRouting
	 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeRouting()
	 * @generated
	 */
	int EDGE_ROUTING = 62;


	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DocumentedElement <em>Documented Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Documented Element</em>'.
	 * @see org.journeystudio.viewpoint.DocumentedElement
	 * @generated
	 */
	EClass getDocumentedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DocumentedElement#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.journeystudio.viewpoint.DocumentedElement#getDocumentation()
	 * @see #getDocumentedElement()
	 * @generated
	 */
	EAttribute getDocumentedElement_Documentation();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified Element</em>'.
	 * @see org.journeystudio.viewpoint.IdentifiedElement
	 * @generated
	 */
	EClass getIdentifiedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.IdentifiedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.journeystudio.viewpoint.IdentifiedElement#getName()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.IdentifiedElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.journeystudio.viewpoint.IdentifiedElement#getLabel()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Label();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see org.journeystudio.viewpoint.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Group#getViewpoints <em>Viewpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Viewpoints</em>'.
	 * @see org.journeystudio.viewpoint.Group#getViewpoints()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Viewpoints();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Viewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Viewpoint</em>'.
	 * @see org.journeystudio.viewpoint.Viewpoint
	 * @generated
	 */
	EClass getViewpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Viewpoint#getModelFileExtension <em>Model File Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model File Extension</em>'.
	 * @see org.journeystudio.viewpoint.Viewpoint#getModelFileExtension()
	 * @see #getViewpoint()
	 * @generated
	 */
	EAttribute getViewpoint_ModelFileExtension();

	/**
	 * Returns the meta object for the attribute list '{@link org.journeystudio.viewpoint.Viewpoint#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Services</em>'.
	 * @see org.journeystudio.viewpoint.Viewpoint#getServices()
	 * @see #getViewpoint()
	 * @generated
	 */
	EAttribute getViewpoint_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Viewpoint#getRepresentations <em>Representations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Representations</em>'.
	 * @see org.journeystudio.viewpoint.Viewpoint#getRepresentations()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_Representations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Viewpoint#getValidationRules <em>Validation Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Validation Rules</em>'.
	 * @see org.journeystudio.viewpoint.Viewpoint#getValidationRules()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_ValidationRules();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ValidationRule <em>Validation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Validation Rule</em>'.
	 * @see org.journeystudio.viewpoint.ValidationRule
	 * @generated
	 */
	EClass getValidationRule();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ValidationRule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.journeystudio.viewpoint.ValidationRule#getId()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ValidationRule#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.journeystudio.viewpoint.ValidationRule#getSeverity()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ValidationRule#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.journeystudio.viewpoint.ValidationRule#getDomainClass()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ValidationRule#getConditionExpression <em>Condition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition Expression</em>'.
	 * @see org.journeystudio.viewpoint.ValidationRule#getConditionExpression()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_ConditionExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ValidationRule#getMessageExpression <em>Message Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Expression</em>'.
	 * @see org.journeystudio.viewpoint.ValidationRule#getMessageExpression()
	 * @see #getValidationRule()
	 * @generated
	 */
	EAttribute getValidationRule_MessageExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.RepresentationDescription <em>Representation Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation Description</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationDescription
	 * @generated
	 */
	EClass getRepresentationDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RepresentationDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationDescription#getDomainClass()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EAttribute getRepresentationDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RepresentationDescription#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationDescription#getPrecondition()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EAttribute getRepresentationDescription_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RepresentationDescription#getTitleExpression <em>Title Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Expression</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationDescription#getTitleExpression()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EAttribute getRepresentationDescription_TitleExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.journeystudio.viewpoint.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DiagramDescription#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout</em>'.
	 * @see org.journeystudio.viewpoint.DiagramDescription#getLayout()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Layout();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DiagramDescription#getColumnsExpression <em>Columns Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Columns Expression</em>'.
	 * @see org.journeystudio.viewpoint.DiagramDescription#getColumnsExpression()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_ColumnsExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.DiagramDescription#getDefaultLayer <em>Default Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Layer</em>'.
	 * @see org.journeystudio.viewpoint.DiagramDescription#getDefaultLayer()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_DefaultLayer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.DiagramDescription#getAdditionalLayers <em>Additional Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Additional Layers</em>'.
	 * @see org.journeystudio.viewpoint.DiagramDescription#getAdditionalLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_AdditionalLayers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.DiagramDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.journeystudio.viewpoint.DiagramDescription#getFilters()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Filters();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.journeystudio.viewpoint.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.journeystudio.viewpoint.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.journeystudio.viewpoint.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Layer#getContainerMappings <em>Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Container Mappings</em>'.
	 * @see org.journeystudio.viewpoint.Layer#getContainerMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_ContainerMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.journeystudio.viewpoint.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Layer#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.journeystudio.viewpoint.Layer#getTools()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Tools();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.RepresentationElementMapping <em>Representation Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation Element Mapping</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationElementMapping
	 * @generated
	 */
	EClass getRepresentationElementMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RepresentationElementMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationElementMapping#getDomainClass()
	 * @see #getRepresentationElementMapping()
	 * @generated
	 */
	EAttribute getRepresentationElementMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RepresentationElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationElementMapping#getSemanticCandidates()
	 * @see #getRepresentationElementMapping()
	 * @generated
	 */
	EAttribute getRepresentationElementMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RepresentationElementMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.journeystudio.viewpoint.RepresentationElementMapping#getPrecondition()
	 * @see #getRepresentationElementMapping()
	 * @generated
	 */
	EAttribute getRepresentationElementMapping_Precondition();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element Mapping</em>'.
	 * @see org.journeystudio.viewpoint.DiagramElementMapping
	 * @generated
	 */
	EClass getDiagramElementMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.journeystudio.viewpoint.DiagramElementMapping#getLabelExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_LabelExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Node Mapping</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping
	 * @generated
	 */
	EClass getAbstractNodeMapping();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getBorderedNodeMappings <em>Bordered Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bordered Node Mappings</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getBorderedNodeMappings()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_BorderedNodeMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getDetailExpression <em>Detail Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail Expression</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getDetailExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_DetailExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getColumnExpression <em>Column Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Expression</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getColumnExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_ColumnExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getAlignExpression <em>Align Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Align Expression</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getAlignExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_AlignExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getLevelExpression <em>Level Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level Expression</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getLevelExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_LevelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getXExpression <em>XExpression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XExpression</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getXExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_XExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getYExpression <em>YExpression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>YExpression</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getYExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_YExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getStyle()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping#getConditionalStyles()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.journeystudio.viewpoint.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.journeystudio.viewpoint.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ContainerMapping#getArrangement <em>Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arrangement</em>'.
	 * @see org.journeystudio.viewpoint.ContainerMapping#getArrangement()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EAttribute getContainerMapping_Arrangement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Node Mappings</em>'.
	 * @see org.journeystudio.viewpoint.ContainerMapping#getSubNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubNodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Container Mappings</em>'.
	 * @see org.journeystudio.viewpoint.ContainerMapping#getSubContainerMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubContainerMappings();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.viewpoint.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.viewpoint.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeMapping#isUseDomainElement <em>Use Domain Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Domain Element</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping#isUseDomainElement()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_UseDomainElement();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Finder Expression</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping#getSourceFinderExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_SourceFinderExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Finder Expression</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping#getTargetFinderExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_TargetFinderExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.journeystudio.viewpoint.EdgeMapping#getConditionalStyles()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.Style
	 * @generated
	 */
	EClass getStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Style#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.journeystudio.viewpoint.Style#getLabelColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Style#getLabelSize <em>Label Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Size</em>'.
	 * @see org.journeystudio.viewpoint.Style#getLabelSize()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelSize();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Style#isLabelBold <em>Label Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Bold</em>'.
	 * @see org.journeystudio.viewpoint.Style#isLabelBold()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelBold();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Style#isLabelItalic <em>Label Italic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Italic</em>'.
	 * @see org.journeystudio.viewpoint.Style#isLabelItalic()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelItalic();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getFillColor <em>Fill Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Color</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getFillColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_FillColor();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getBorderColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getBorderSize <em>Border Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Size</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getBorderSize()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderSize();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getBorderStyle <em>Border Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Style</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getBorderStyle()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getWidthExpression <em>Width Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width Expression</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getWidthExpression()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_WidthExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getHeightExpression <em>Height Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height Expression</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getHeightExpression()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_HeightExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getIconExpression <em>Icon Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon Expression</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getIconExpression()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_IconExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.NodeStyle#getLabelPosition <em>Label Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Position</em>'.
	 * @see org.journeystudio.viewpoint.NodeStyle#getLabelPosition()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_LabelPosition();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.journeystudio.viewpoint.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeStyle#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.journeystudio.viewpoint.EdgeStyle#getLineStyle()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeStyle#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.journeystudio.viewpoint.EdgeStyle#getRouting()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Routing();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeStyle#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.journeystudio.viewpoint.EdgeStyle#getColor()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeStyle#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.journeystudio.viewpoint.EdgeStyle#getSize()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeStyle#getSourceArrow <em>Source Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Arrow</em>'.
	 * @see org.journeystudio.viewpoint.EdgeStyle#getSourceArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_SourceArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.EdgeStyle#getTargetArrow <em>Target Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Arrow</em>'.
	 * @see org.journeystudio.viewpoint.EdgeStyle#getTargetArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetArrow();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.CellStyle <em>Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Style</em>'.
	 * @see org.journeystudio.viewpoint.CellStyle
	 * @generated
	 */
	EClass getCellStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.CellStyle#getBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see org.journeystudio.viewpoint.CellStyle#getBackground()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_Background();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.CellStyle#getForeground <em>Foreground</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground</em>'.
	 * @see org.journeystudio.viewpoint.CellStyle#getForeground()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_Foreground();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.CellStyle#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.journeystudio.viewpoint.CellStyle#isBold()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_Bold();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Style</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalStyle
	 * @generated
	 */
	EClass getConditionalStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ConditionalStyle#getPredicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalStyle#getPredicate()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_Predicate();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Node Style</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalNodeStyle
	 * @generated
	 */
	EClass getConditionalNodeStyle();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.ConditionalNodeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalNodeStyle#getStyle()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EReference getConditionalNodeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ConditionalEdgeStyle <em>Conditional Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Edge Style</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalEdgeStyle
	 * @generated
	 */
	EClass getConditionalEdgeStyle();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.ConditionalEdgeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalEdgeStyle#getStyle()
	 * @see #getConditionalEdgeStyle()
	 * @generated
	 */
	EReference getConditionalEdgeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ConditionalCellStyle <em>Conditional Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Cell Style</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalCellStyle
	 * @generated
	 */
	EClass getConditionalCellStyle();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.ConditionalCellStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.ConditionalCellStyle#getStyle()
	 * @see #getConditionalCellStyle()
	 * @generated
	 */
	EReference getConditionalCellStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.journeystudio.viewpoint.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Filter#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.journeystudio.viewpoint.Filter#isActiveByDefault()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ActiveByDefault();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.viewpoint.Filter#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.journeystudio.viewpoint.Filter#getMappings()
	 * @see #getFilter()
	 * @generated
	 */
	EReference getFilter_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Filter#getConditionExpression <em>Condition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition Expression</em>'.
	 * @see org.journeystudio.viewpoint.Filter#getConditionExpression()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ConditionExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.TableDescription <em>Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Description</em>'.
	 * @see org.journeystudio.viewpoint.TableDescription
	 * @generated
	 */
	EClass getTableDescription();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.TableDescription#getLineMappings <em>Line Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Line Mappings</em>'.
	 * @see org.journeystudio.viewpoint.TableDescription#getLineMappings()
	 * @see #getTableDescription()
	 * @generated
	 */
	EReference getTableDescription_LineMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.TableDescription#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.journeystudio.viewpoint.TableDescription#getTools()
	 * @see #getTableDescription()
	 * @generated
	 */
	EReference getTableDescription_Tools();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.EditionTableDescription <em>Edition Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edition Table Description</em>'.
	 * @see org.journeystudio.viewpoint.EditionTableDescription
	 * @generated
	 */
	EClass getEditionTableDescription();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.EditionTableDescription#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.journeystudio.viewpoint.EditionTableDescription#getColumns()
	 * @see #getEditionTableDescription()
	 * @generated
	 */
	EReference getEditionTableDescription_Columns();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.CrossTableDescription <em>Cross Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cross Table Description</em>'.
	 * @see org.journeystudio.viewpoint.CrossTableDescription
	 * @generated
	 */
	EClass getCrossTableDescription();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.CrossTableDescription#getColumnMappings <em>Column Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Column Mappings</em>'.
	 * @see org.journeystudio.viewpoint.CrossTableDescription#getColumnMappings()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EReference getCrossTableDescription_ColumnMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.CrossTableDescription#getIntersections <em>Intersections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Intersections</em>'.
	 * @see org.journeystudio.viewpoint.CrossTableDescription#getIntersections()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EReference getCrossTableDescription_Intersections();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.LineMapping <em>Line Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Line Mapping</em>'.
	 * @see org.journeystudio.viewpoint.LineMapping
	 * @generated
	 */
	EClass getLineMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.LineMapping#getHeaderLabelExpression <em>Header Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header Label Expression</em>'.
	 * @see org.journeystudio.viewpoint.LineMapping#getHeaderLabelExpression()
	 * @see #getLineMapping()
	 * @generated
	 */
	EAttribute getLineMapping_HeaderLabelExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.LineMapping#getSubLines <em>Sub Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Lines</em>'.
	 * @see org.journeystudio.viewpoint.LineMapping#getSubLines()
	 * @see #getLineMapping()
	 * @generated
	 */
	EReference getLineMapping_SubLines();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.LineMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.LineMapping#getStyle()
	 * @see #getLineMapping()
	 * @generated
	 */
	EReference getLineMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.LineMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.journeystudio.viewpoint.LineMapping#getConditionalStyles()
	 * @see #getLineMapping()
	 * @generated
	 */
	EReference getLineMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.FeatureColumnMapping <em>Feature Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Column Mapping</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping
	 * @generated
	 */
	EClass getFeatureColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping#getFeatureName()
	 * @see #getFeatureColumnMapping()
	 * @generated
	 */
	EAttribute getFeatureColumnMapping_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping#getLabelExpression()
	 * @see #getFeatureColumnMapping()
	 * @generated
	 */
	EAttribute getFeatureColumnMapping_LabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getCanEdit <em>Can Edit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Can Edit</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping#getCanEdit()
	 * @see #getFeatureColumnMapping()
	 * @generated
	 */
	EAttribute getFeatureColumnMapping_CanEdit();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping#getWidth()
	 * @see #getFeatureColumnMapping()
	 * @generated
	 */
	EAttribute getFeatureColumnMapping_Width();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getCellEditor <em>Cell Editor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cell Editor</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping#getCellEditor()
	 * @see #getFeatureColumnMapping()
	 * @generated
	 */
	EReference getFeatureColumnMapping_CellEditor();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping#getStyle()
	 * @see #getFeatureColumnMapping()
	 * @generated
	 */
	EReference getFeatureColumnMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping#getConditionalStyles()
	 * @see #getFeatureColumnMapping()
	 * @generated
	 */
	EReference getFeatureColumnMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ElementColumnMapping <em>Element Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Column Mapping</em>'.
	 * @see org.journeystudio.viewpoint.ElementColumnMapping
	 * @generated
	 */
	EClass getElementColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ElementColumnMapping#getHeaderLabelExpression <em>Header Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header Label Expression</em>'.
	 * @see org.journeystudio.viewpoint.ElementColumnMapping#getHeaderLabelExpression()
	 * @see #getElementColumnMapping()
	 * @generated
	 */
	EAttribute getElementColumnMapping_HeaderLabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ElementColumnMapping#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.journeystudio.viewpoint.ElementColumnMapping#getWidth()
	 * @see #getElementColumnMapping()
	 * @generated
	 */
	EAttribute getElementColumnMapping_Width();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.IntersectionMapping <em>Intersection Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intersection Mapping</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping
	 * @generated
	 */
	EClass getIntersectionMapping();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.IntersectionMapping#getLineMapping <em>Line Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line Mapping</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping#getLineMapping()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_LineMapping();

	/**
	 * Returns the meta object for the reference '{@link org.journeystudio.viewpoint.IntersectionMapping#getColumnMapping <em>Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Column Mapping</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping#getColumnMapping()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_ColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.IntersectionMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping#getLabelExpression()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EAttribute getIntersectionMapping_LabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.IntersectionMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping#getPrecondition()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EAttribute getIntersectionMapping_Precondition();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.IntersectionMapping#getCellEditor <em>Cell Editor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cell Editor</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping#getCellEditor()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_CellEditor();

	/**
	 * Returns the meta object for the containment reference '{@link org.journeystudio.viewpoint.IntersectionMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping#getStyle()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.IntersectionMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.journeystudio.viewpoint.IntersectionMapping#getConditionalStyles()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.journeystudio.viewpoint.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Tool#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.journeystudio.viewpoint.Tool#getPrecondition()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Tool#getIconName <em>Icon Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon Name</em>'.
	 * @see org.journeystudio.viewpoint.Tool#getIconName()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_IconName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Tool#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.journeystudio.viewpoint.Tool#getVariables()
	 * @see #getTool()
	 * @generated
	 */
	EReference getTool_Variables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.Tool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.journeystudio.viewpoint.Tool#getOperations()
	 * @see #getTool()
	 * @generated
	 */
	EReference getTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.MappingTool <em>Mapping Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping Tool</em>'.
	 * @see org.journeystudio.viewpoint.MappingTool
	 * @generated
	 */
	EClass getMappingTool();

	/**
	 * Returns the meta object for the reference list '{@link org.journeystudio.viewpoint.MappingTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.journeystudio.viewpoint.MappingTool#getMappings()
	 * @see #getMappingTool()
	 * @generated
	 */
	EReference getMappingTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Creation Tool</em>'.
	 * @see org.journeystudio.viewpoint.NodeCreationTool
	 * @generated
	 */
	EClass getNodeCreationTool();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ContainerCreationTool <em>Container Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Creation Tool</em>'.
	 * @see org.journeystudio.viewpoint.ContainerCreationTool
	 * @generated
	 */
	EClass getContainerCreationTool();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Creation Tool</em>'.
	 * @see org.journeystudio.viewpoint.EdgeCreationTool
	 * @generated
	 */
	EClass getEdgeCreationTool();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.journeystudio.viewpoint.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ReconnectTool <em>Reconnect Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reconnect Tool</em>'.
	 * @see org.journeystudio.viewpoint.ReconnectTool
	 * @generated
	 */
	EClass getReconnectTool();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ReconnectTool#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.journeystudio.viewpoint.ReconnectTool#getKind()
	 * @see #getReconnectTool()
	 * @generated
	 */
	EAttribute getReconnectTool_Kind();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.journeystudio.viewpoint.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DirectEditTool#getEditMask <em>Edit Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edit Mask</em>'.
	 * @see org.journeystudio.viewpoint.DirectEditTool#getEditMask()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EAttribute getDirectEditTool_EditMask();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DirectEditTool#getInputLabelExpression <em>Input Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Label Expression</em>'.
	 * @see org.journeystudio.viewpoint.DirectEditTool#getInputLabelExpression()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EAttribute getDirectEditTool_InputLabelExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DoubleClickTool <em>Double Click Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Double Click Tool</em>'.
	 * @see org.journeystudio.viewpoint.DoubleClickTool
	 * @generated
	 */
	EClass getDoubleClickTool();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DropTool <em>Drop Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drop Tool</em>'.
	 * @see org.journeystudio.viewpoint.DropTool
	 * @generated
	 */
	EClass getDropTool();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DropTool#getDragSourceClass <em>Drag Source Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drag Source Class</em>'.
	 * @see org.journeystudio.viewpoint.DropTool#getDragSourceClass()
	 * @see #getDropTool()
	 * @generated
	 */
	EAttribute getDropTool_DragSourceClass();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.SelectionVariable <em>Selection Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Selection Variable</em>'.
	 * @see org.journeystudio.viewpoint.SelectionVariable
	 * @generated
	 */
	EClass getSelectionVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.SelectionVariable#getCandidatesExpression <em>Candidates Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Candidates Expression</em>'.
	 * @see org.journeystudio.viewpoint.SelectionVariable#getCandidatesExpression()
	 * @see #getSelectionVariable()
	 * @generated
	 */
	EAttribute getSelectionVariable_CandidatesExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.SelectionVariable#isMultiple <em>Multiple</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiple</em>'.
	 * @see org.journeystudio.viewpoint.SelectionVariable#isMultiple()
	 * @see #getSelectionVariable()
	 * @generated
	 */
	EAttribute getSelectionVariable_Multiple();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.SelectionVariable#getNewElementLabel <em>New Element Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Element Label</em>'.
	 * @see org.journeystudio.viewpoint.SelectionVariable#getNewElementLabel()
	 * @see #getSelectionVariable()
	 * @generated
	 */
	EAttribute getSelectionVariable_NewElementLabel();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ModelOperation <em>Model Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Operation</em>'.
	 * @see org.journeystudio.viewpoint.ModelOperation
	 * @generated
	 */
	EClass getModelOperation();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ContainerOperation <em>Container Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Operation</em>'.
	 * @see org.journeystudio.viewpoint.ContainerOperation
	 * @generated
	 */
	EClass getContainerOperation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.journeystudio.viewpoint.ContainerOperation#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.journeystudio.viewpoint.ContainerOperation#getSubOperations()
	 * @see #getContainerOperation()
	 * @generated
	 */
	EReference getContainerOperation_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ChangeContext <em>Change Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Context</em>'.
	 * @see org.journeystudio.viewpoint.ChangeContext
	 * @generated
	 */
	EClass getChangeContext();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ChangeContext#getBrowseExpression <em>Browse Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Browse Expression</em>'.
	 * @see org.journeystudio.viewpoint.ChangeContext#getBrowseExpression()
	 * @see #getChangeContext()
	 * @generated
	 */
	EAttribute getChangeContext_BrowseExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.CreateInstance <em>Create Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Instance</em>'.
	 * @see org.journeystudio.viewpoint.CreateInstance
	 * @generated
	 */
	EClass getCreateInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.CreateInstance#getTypeName <em>Type Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Name</em>'.
	 * @see org.journeystudio.viewpoint.CreateInstance#getTypeName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_TypeName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.CreateInstance#getReferenceName <em>Reference Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Name</em>'.
	 * @see org.journeystudio.viewpoint.CreateInstance#getReferenceName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_ReferenceName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.CreateInstance#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see org.journeystudio.viewpoint.CreateInstance#getVariableName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_VariableName();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.SetValue <em>Set Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Value</em>'.
	 * @see org.journeystudio.viewpoint.SetValue
	 * @generated
	 */
	EClass getSetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.SetValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.journeystudio.viewpoint.SetValue#getFeatureName()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.SetValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.journeystudio.viewpoint.SetValue#getValueExpression()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_ValueExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Unset <em>Unset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unset</em>'.
	 * @see org.journeystudio.viewpoint.Unset
	 * @generated
	 */
	EClass getUnset();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Unset#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.journeystudio.viewpoint.Unset#getFeatureName()
	 * @see #getUnset()
	 * @generated
	 */
	EAttribute getUnset_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Unset#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.journeystudio.viewpoint.Unset#getElementExpression()
	 * @see #getUnset()
	 * @generated
	 */
	EAttribute getUnset_ElementExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.AddValue <em>Add Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Add Value</em>'.
	 * @see org.journeystudio.viewpoint.AddValue
	 * @generated
	 */
	EClass getAddValue();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AddValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.journeystudio.viewpoint.AddValue#getFeatureName()
	 * @see #getAddValue()
	 * @generated
	 */
	EAttribute getAddValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AddValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.journeystudio.viewpoint.AddValue#getValueExpression()
	 * @see #getAddValue()
	 * @generated
	 */
	EAttribute getAddValue_ValueExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.AddValue#getIndexExpression <em>Index Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index Expression</em>'.
	 * @see org.journeystudio.viewpoint.AddValue#getIndexExpression()
	 * @see #getAddValue()
	 * @generated
	 */
	EAttribute getAddValue_IndexExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.RemoveValue <em>Remove Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remove Value</em>'.
	 * @see org.journeystudio.viewpoint.RemoveValue
	 * @generated
	 */
	EClass getRemoveValue();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RemoveValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.journeystudio.viewpoint.RemoveValue#getFeatureName()
	 * @see #getRemoveValue()
	 * @generated
	 */
	EAttribute getRemoveValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.RemoveValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.journeystudio.viewpoint.RemoveValue#getValueExpression()
	 * @see #getRemoveValue()
	 * @generated
	 */
	EAttribute getRemoveValue_ValueExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.MoveElement <em>Move Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Move Element</em>'.
	 * @see org.journeystudio.viewpoint.MoveElement
	 * @generated
	 */
	EClass getMoveElement();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.MoveElement#getNewContainerExpression <em>New Container Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Container Expression</em>'.
	 * @see org.journeystudio.viewpoint.MoveElement#getNewContainerExpression()
	 * @see #getMoveElement()
	 * @generated
	 */
	EAttribute getMoveElement_NewContainerExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.MoveElement#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.journeystudio.viewpoint.MoveElement#getFeatureName()
	 * @see #getMoveElement()
	 * @generated
	 */
	EAttribute getMoveElement_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.MoveElement#getIndexExpression <em>Index Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index Expression</em>'.
	 * @see org.journeystudio.viewpoint.MoveElement#getIndexExpression()
	 * @see #getMoveElement()
	 * @generated
	 */
	EAttribute getMoveElement_IndexExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.DeleteElement <em>Delete Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Element</em>'.
	 * @see org.journeystudio.viewpoint.DeleteElement
	 * @generated
	 */
	EClass getDeleteElement();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.DeleteElement#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.journeystudio.viewpoint.DeleteElement#getElementExpression()
	 * @see #getDeleteElement()
	 * @generated
	 */
	EAttribute getDeleteElement_ElementExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.If <em>If</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>If</em>'.
	 * @see org.journeystudio.viewpoint.If
	 * @generated
	 */
	EClass getIf();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.If#getConditionExpression <em>Condition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition Expression</em>'.
	 * @see org.journeystudio.viewpoint.If#getConditionExpression()
	 * @see #getIf()
	 * @generated
	 */
	EAttribute getIf_ConditionExpression();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.ForEach <em>For Each</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>For Each</em>'.
	 * @see org.journeystudio.viewpoint.ForEach
	 * @generated
	 */
	EClass getForEach();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ForEach#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.journeystudio.viewpoint.ForEach#getExpression()
	 * @see #getForEach()
	 * @generated
	 */
	EAttribute getForEach_Expression();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.ForEach#getIteratorName <em>Iterator Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iterator Name</em>'.
	 * @see org.journeystudio.viewpoint.ForEach#getIteratorName()
	 * @see #getForEach()
	 * @generated
	 */
	EAttribute getForEach_IteratorName();

	/**
	 * Returns the meta object for class '{@link org.journeystudio.viewpoint.Let <em>Let</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Let</em>'.
	 * @see org.journeystudio.viewpoint.Let
	 * @generated
	 */
	EClass getLet();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Let#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see org.journeystudio.viewpoint.Let#getVariableName()
	 * @see #getLet()
	 * @generated
	 */
	EAttribute getLet_VariableName();

	/**
	 * Returns the meta object for the attribute '{@link org.journeystudio.viewpoint.Let#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.journeystudio.viewpoint.Let#getValueExpression()
	 * @see #getLet()
	 * @generated
	 */
	EAttribute getLet_ValueExpression();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.DiagramLayout <em>Diagram Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Diagram Layout</em>'.
	 * @see org.journeystudio.viewpoint.DiagramLayout
	 * @generated
	 */
	EEnum getDiagramLayout();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.ContainerArrangement <em>Container Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Container Arrangement</em>'.
	 * @see org.journeystudio.viewpoint.ContainerArrangement
	 * @generated
	 */
	EEnum getContainerArrangement();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.ShapeKind <em>Shape Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Shape Kind</em>'.
	 * @see org.journeystudio.viewpoint.ShapeKind
	 * @generated
	 */
	EEnum getShapeKind();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.LabelPosition <em>Label Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Label Position</em>'.
	 * @see org.journeystudio.viewpoint.LabelPosition
	 * @generated
	 */
	EEnum getLabelPosition();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.journeystudio.viewpoint.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.ArrowKind <em>Arrow Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrow Kind</em>'.
	 * @see org.journeystudio.viewpoint.ArrowKind
	 * @generated
	 */
	EEnum getArrowKind();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.ReconnectKind <em>Reconnect Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reconnect Kind</em>'.
	 * @see org.journeystudio.viewpoint.ReconnectKind
	 * @generated
	 */
	EEnum getReconnectKind();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.RuleSeverity <em>Rule Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Severity</em>'.
	 * @see org.journeystudio.viewpoint.RuleSeverity
	 * @generated
	 */
	EEnum getRuleSeverity();

	/**
	 * Returns the meta object for enum '{@link org.journeystudio.viewpoint.EdgeRouting <em>Edge Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Edge Routing</em>'.
	 * @see org.journeystudio.viewpoint.EdgeRouting
	 * @generated
	 */
	EEnum getEdgeRouting();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ViewpointFactory getViewpointFactory();

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
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DocumentedElementImpl <em>Documented Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DocumentedElementImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDocumentedElement()
		 * @generated
		 */
		EClass DOCUMENTED_ELEMENT = eINSTANCE.getDocumentedElement();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENTED_ELEMENT__DOCUMENTATION = eINSTANCE.getDocumentedElement_Documentation();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.IdentifiedElementImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getIdentifiedElement()
		 * @generated
		 */
		EClass IDENTIFIED_ELEMENT = eINSTANCE.getIdentifiedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__NAME = eINSTANCE.getIdentifiedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__LABEL = eINSTANCE.getIdentifiedElement_Label();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.GroupImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Viewpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__VIEWPOINTS = eINSTANCE.getGroup_Viewpoints();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ViewpointImpl <em>Viewpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ViewpointImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getViewpoint()
		 * @generated
		 */
		EClass VIEWPOINT = eINSTANCE.getViewpoint();

		/**
		 * The meta object literal for the '<em><b>Model File Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPOINT__MODEL_FILE_EXTENSION = eINSTANCE.getViewpoint_ModelFileExtension();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPOINT__SERVICES = eINSTANCE.getViewpoint_Services();

		/**
		 * The meta object literal for the '<em><b>Representations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__REPRESENTATIONS = eINSTANCE.getViewpoint_Representations();

		/**
		 * The meta object literal for the '<em><b>Validation Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__VALIDATION_RULES = eINSTANCE.getViewpoint_ValidationRules();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ValidationRuleImpl <em>Validation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ValidationRuleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getValidationRule()
		 * @generated
		 */
		EClass VALIDATION_RULE = eINSTANCE.getValidationRule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__ID = eINSTANCE.getValidationRule_Id();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__SEVERITY = eINSTANCE.getValidationRule_Severity();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__DOMAIN_CLASS = eINSTANCE.getValidationRule_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Condition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__CONDITION_EXPRESSION = eINSTANCE.getValidationRule_ConditionExpression();

		/**
		 * The meta object literal for the '<em><b>Message Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALIDATION_RULE__MESSAGE_EXPRESSION = eINSTANCE.getValidationRule_MessageExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.RepresentationDescriptionImpl <em>Representation Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.RepresentationDescriptionImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRepresentationDescription()
		 * @generated
		 */
		EClass REPRESENTATION_DESCRIPTION = eINSTANCE.getRepresentationDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getRepresentationDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_DESCRIPTION__PRECONDITION = eINSTANCE.getRepresentationDescription_Precondition();

		/**
		 * The meta object literal for the '<em><b>Title Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_DESCRIPTION__TITLE_EXPRESSION = eINSTANCE.getRepresentationDescription_TitleExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DiagramDescriptionImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LAYOUT = eINSTANCE.getDiagramDescription_Layout();

		/**
		 * The meta object literal for the '<em><b>Columns Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION = eINSTANCE.getDiagramDescription_ColumnsExpression();

		/**
		 * The meta object literal for the '<em><b>Default Layer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__DEFAULT_LAYER = eINSTANCE.getDiagramDescription_DefaultLayer();

		/**
		 * The meta object literal for the '<em><b>Additional Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS = eINSTANCE.getDiagramDescription_AdditionalLayers();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__FILTERS = eINSTANCE.getDiagramDescription_Filters();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.LayerImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CONTAINER_MAPPINGS = eINSTANCE.getLayer_ContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__TOOLS = eINSTANCE.getLayer_Tools();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.RepresentationElementMappingImpl <em>Representation Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.RepresentationElementMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRepresentationElementMapping()
		 * @generated
		 */
		EClass REPRESENTATION_ELEMENT_MAPPING = eINSTANCE.getRepresentationElementMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS = eINSTANCE.getRepresentationElementMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getRepresentationElementMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_ELEMENT_MAPPING__PRECONDITION = eINSTANCE.getRepresentationElementMapping_Precondition();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DiagramElementMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDiagramElementMapping()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT_MAPPING = eINSTANCE.getDiagramElementMapping();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = eINSTANCE.getDiagramElementMapping_LabelExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getAbstractNodeMapping()
		 * @generated
		 */
		EClass ABSTRACT_NODE_MAPPING = eINSTANCE.getAbstractNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Bordered Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS = eINSTANCE.getAbstractNodeMapping_BorderedNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Detail Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION = eINSTANCE.getAbstractNodeMapping_DetailExpression();

		/**
		 * The meta object literal for the '<em><b>Column Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION = eINSTANCE.getAbstractNodeMapping_ColumnExpression();

		/**
		 * The meta object literal for the '<em><b>Align Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION = eINSTANCE.getAbstractNodeMapping_AlignExpression();

		/**
		 * The meta object literal for the '<em><b>Level Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION = eINSTANCE.getAbstractNodeMapping_LevelExpression();

		/**
		 * The meta object literal for the '<em><b>XExpression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__XEXPRESSION = eINSTANCE.getAbstractNodeMapping_XExpression();

		/**
		 * The meta object literal for the '<em><b>YExpression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__YEXPRESSION = eINSTANCE.getAbstractNodeMapping_YExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__STYLE = eINSTANCE.getAbstractNodeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getAbstractNodeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.NodeMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ContainerMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Arrangement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_MAPPING__ARRANGEMENT = eINSTANCE.getContainerMapping_Arrangement();

		/**
		 * The meta object literal for the '<em><b>Sub Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_NODE_MAPPINGS = eINSTANCE.getContainerMapping_SubNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Sub Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = eINSTANCE.getContainerMapping_SubContainerMappings();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.EdgeMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Use Domain Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__USE_DOMAIN_ELEMENT = eINSTANCE.getEdgeMapping_UseDomainElement();

		/**
		 * The meta object literal for the '<em><b>Source Finder Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__SOURCE_FINDER_EXPRESSION = eINSTANCE.getEdgeMapping_SourceFinderExpression();

		/**
		 * The meta object literal for the '<em><b>Target Finder Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__TARGET_FINDER_EXPRESSION = eINSTANCE.getEdgeMapping_TargetFinderExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getEdgeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.StyleImpl <em>Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.StyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getStyle()
		 * @generated
		 */
		EClass STYLE = eINSTANCE.getStyle();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_COLOR = eINSTANCE.getStyle_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Label Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_SIZE = eINSTANCE.getStyle_LabelSize();

		/**
		 * The meta object literal for the '<em><b>Label Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_BOLD = eINSTANCE.getStyle_LabelBold();

		/**
		 * The meta object literal for the '<em><b>Label Italic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_ITALIC = eINSTANCE.getStyle_LabelItalic();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.NodeStyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Fill Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FILL_COLOR = eINSTANCE.getNodeStyle_FillColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_COLOR = eINSTANCE.getNodeStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Border Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_SIZE = eINSTANCE.getNodeStyle_BorderSize();

		/**
		 * The meta object literal for the '<em><b>Border Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_STYLE = eINSTANCE.getNodeStyle_BorderStyle();

		/**
		 * The meta object literal for the '<em><b>Width Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH_EXPRESSION = eINSTANCE.getNodeStyle_WidthExpression();

		/**
		 * The meta object literal for the '<em><b>Height Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT_EXPRESSION = eINSTANCE.getNodeStyle_HeightExpression();

		/**
		 * The meta object literal for the '<em><b>Icon Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__ICON_EXPRESSION = eINSTANCE.getNodeStyle_IconExpression();

		/**
		 * The meta object literal for the '<em><b>Label Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__LABEL_POSITION = eINSTANCE.getNodeStyle_LabelPosition();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.EdgeStyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_STYLE = eINSTANCE.getEdgeStyle_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__ROUTING = eINSTANCE.getEdgeStyle_Routing();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__COLOR = eINSTANCE.getEdgeStyle_Color();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SIZE = eINSTANCE.getEdgeStyle_Size();

		/**
		 * The meta object literal for the '<em><b>Source Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SOURCE_ARROW = eINSTANCE.getEdgeStyle_SourceArrow();

		/**
		 * The meta object literal for the '<em><b>Target Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_ARROW = eINSTANCE.getEdgeStyle_TargetArrow();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.CellStyleImpl <em>Cell Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.CellStyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getCellStyle()
		 * @generated
		 */
		EClass CELL_STYLE = eINSTANCE.getCellStyle();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__BACKGROUND = eINSTANCE.getCellStyle_Background();

		/**
		 * The meta object literal for the '<em><b>Foreground</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__FOREGROUND = eINSTANCE.getCellStyle_Foreground();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__BOLD = eINSTANCE.getCellStyle_Bold();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ConditionalStyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalStyle()
		 * @generated
		 */
		EClass CONDITIONAL_STYLE = eINSTANCE.getConditionalStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__PREDICATE = eINSTANCE.getConditionalStyle_Predicate();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ConditionalNodeStyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalNodeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_NODE_STYLE = eINSTANCE.getConditionalNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_NODE_STYLE__STYLE = eINSTANCE.getConditionalNodeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ConditionalEdgeStyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalEdgeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_EDGE_STYLE = eINSTANCE.getConditionalEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_EDGE_STYLE__STYLE = eINSTANCE.getConditionalEdgeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ConditionalCellStyleImpl <em>Conditional Cell Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ConditionalCellStyleImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getConditionalCellStyle()
		 * @generated
		 */
		EClass CONDITIONAL_CELL_STYLE = eINSTANCE.getConditionalCellStyle();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_CELL_STYLE__STYLE = eINSTANCE.getConditionalCellStyle_Style();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.FilterImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__ACTIVE_BY_DEFAULT = eINSTANCE.getFilter_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER__MAPPINGS = eINSTANCE.getFilter_Mappings();

		/**
		 * The meta object literal for the '<em><b>Condition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__CONDITION_EXPRESSION = eINSTANCE.getFilter_ConditionExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.TableDescriptionImpl <em>Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.TableDescriptionImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getTableDescription()
		 * @generated
		 */
		EClass TABLE_DESCRIPTION = eINSTANCE.getTableDescription();

		/**
		 * The meta object literal for the '<em><b>Line Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_DESCRIPTION__LINE_MAPPINGS = eINSTANCE.getTableDescription_LineMappings();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_DESCRIPTION__TOOLS = eINSTANCE.getTableDescription_Tools();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.EditionTableDescriptionImpl <em>Edition Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.EditionTableDescriptionImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEditionTableDescription()
		 * @generated
		 */
		EClass EDITION_TABLE_DESCRIPTION = eINSTANCE.getEditionTableDescription();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION_TABLE_DESCRIPTION__COLUMNS = eINSTANCE.getEditionTableDescription_Columns();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.CrossTableDescriptionImpl <em>Cross Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.CrossTableDescriptionImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getCrossTableDescription()
		 * @generated
		 */
		EClass CROSS_TABLE_DESCRIPTION = eINSTANCE.getCrossTableDescription();

		/**
		 * The meta object literal for the '<em><b>Column Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS = eINSTANCE.getCrossTableDescription_ColumnMappings();

		/**
		 * The meta object literal for the '<em><b>Intersections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSS_TABLE_DESCRIPTION__INTERSECTIONS = eINSTANCE.getCrossTableDescription_Intersections();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.LineMappingImpl <em>Line Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.LineMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLineMapping()
		 * @generated
		 */
		EClass LINE_MAPPING = eINSTANCE.getLineMapping();

		/**
		 * The meta object literal for the '<em><b>Header Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_MAPPING__HEADER_LABEL_EXPRESSION = eINSTANCE.getLineMapping_HeaderLabelExpression();

		/**
		 * The meta object literal for the '<em><b>Sub Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE_MAPPING__SUB_LINES = eINSTANCE.getLineMapping_SubLines();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE_MAPPING__STYLE = eINSTANCE.getLineMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getLineMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl <em>Feature Column Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getFeatureColumnMapping()
		 * @generated
		 */
		EClass FEATURE_COLUMN_MAPPING = eINSTANCE.getFeatureColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_COLUMN_MAPPING__FEATURE_NAME = eINSTANCE.getFeatureColumnMapping_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION = eINSTANCE.getFeatureColumnMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Can Edit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_COLUMN_MAPPING__CAN_EDIT = eINSTANCE.getFeatureColumnMapping_CanEdit();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_COLUMN_MAPPING__WIDTH = eINSTANCE.getFeatureColumnMapping_Width();

		/**
		 * The meta object literal for the '<em><b>Cell Editor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_COLUMN_MAPPING__CELL_EDITOR = eINSTANCE.getFeatureColumnMapping_CellEditor();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_COLUMN_MAPPING__STYLE = eINSTANCE.getFeatureColumnMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getFeatureColumnMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ElementColumnMappingImpl <em>Element Column Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ElementColumnMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getElementColumnMapping()
		 * @generated
		 */
		EClass ELEMENT_COLUMN_MAPPING = eINSTANCE.getElementColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Header Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION = eINSTANCE.getElementColumnMapping_HeaderLabelExpression();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_COLUMN_MAPPING__WIDTH = eINSTANCE.getElementColumnMapping_Width();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.IntersectionMappingImpl <em>Intersection Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.IntersectionMappingImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getIntersectionMapping()
		 * @generated
		 */
		EClass INTERSECTION_MAPPING = eINSTANCE.getIntersectionMapping();

		/**
		 * The meta object literal for the '<em><b>Line Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__LINE_MAPPING = eINSTANCE.getIntersectionMapping_LineMapping();

		/**
		 * The meta object literal for the '<em><b>Column Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__COLUMN_MAPPING = eINSTANCE.getIntersectionMapping_ColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERSECTION_MAPPING__LABEL_EXPRESSION = eINSTANCE.getIntersectionMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERSECTION_MAPPING__PRECONDITION = eINSTANCE.getIntersectionMapping_Precondition();

		/**
		 * The meta object literal for the '<em><b>Cell Editor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__CELL_EDITOR = eINSTANCE.getIntersectionMapping_CellEditor();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__STYLE = eINSTANCE.getIntersectionMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getIntersectionMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__PRECONDITION = eINSTANCE.getTool_Precondition();

		/**
		 * The meta object literal for the '<em><b>Icon Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ICON_NAME = eINSTANCE.getTool_IconName();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOL__VARIABLES = eINSTANCE.getTool_Variables();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOL__OPERATIONS = eINSTANCE.getTool_Operations();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.MappingToolImpl <em>Mapping Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.MappingToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getMappingTool()
		 * @generated
		 */
		EClass MAPPING_TOOL = eINSTANCE.getMappingTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING_TOOL__MAPPINGS = eINSTANCE.getMappingTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.NodeCreationToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getNodeCreationTool()
		 * @generated
		 */
		EClass NODE_CREATION_TOOL = eINSTANCE.getNodeCreationTool();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ContainerCreationToolImpl <em>Container Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ContainerCreationToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerCreationTool()
		 * @generated
		 */
		EClass CONTAINER_CREATION_TOOL = eINSTANCE.getContainerCreationTool();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.EdgeCreationToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeCreationTool()
		 * @generated
		 */
		EClass EDGE_CREATION_TOOL = eINSTANCE.getEdgeCreationTool();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DeleteToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ReconnectToolImpl <em>Reconnect Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ReconnectToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getReconnectTool()
		 * @generated
		 */
		EClass RECONNECT_TOOL = eINSTANCE.getReconnectTool();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT_TOOL__KIND = eINSTANCE.getReconnectTool_Kind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DirectEditToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Edit Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_EDIT_TOOL__EDIT_MASK = eINSTANCE.getDirectEditTool_EditMask();

		/**
		 * The meta object literal for the '<em><b>Input Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION = eINSTANCE.getDirectEditTool_InputLabelExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DoubleClickToolImpl <em>Double Click Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DoubleClickToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDoubleClickTool()
		 * @generated
		 */
		EClass DOUBLE_CLICK_TOOL = eINSTANCE.getDoubleClickTool();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DropToolImpl <em>Drop Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DropToolImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDropTool()
		 * @generated
		 */
		EClass DROP_TOOL = eINSTANCE.getDropTool();

		/**
		 * The meta object literal for the '<em><b>Drag Source Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROP_TOOL__DRAG_SOURCE_CLASS = eINSTANCE.getDropTool_DragSourceClass();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.SelectionVariableImpl <em>Selection Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.SelectionVariableImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getSelectionVariable()
		 * @generated
		 */
		EClass SELECTION_VARIABLE = eINSTANCE.getSelectionVariable();

		/**
		 * The meta object literal for the '<em><b>Candidates Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_VARIABLE__CANDIDATES_EXPRESSION = eINSTANCE.getSelectionVariable_CandidatesExpression();

		/**
		 * The meta object literal for the '<em><b>Multiple</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_VARIABLE__MULTIPLE = eINSTANCE.getSelectionVariable_Multiple();

		/**
		 * The meta object literal for the '<em><b>New Element Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_VARIABLE__NEW_ELEMENT_LABEL = eINSTANCE.getSelectionVariable_NewElementLabel();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ModelOperationImpl <em>Model Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ModelOperationImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getModelOperation()
		 * @generated
		 */
		EClass MODEL_OPERATION = eINSTANCE.getModelOperation();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ContainerOperationImpl <em>Container Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ContainerOperationImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerOperation()
		 * @generated
		 */
		EClass CONTAINER_OPERATION = eINSTANCE.getContainerOperation();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_OPERATION__SUB_OPERATIONS = eINSTANCE.getContainerOperation_SubOperations();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ChangeContextImpl <em>Change Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ChangeContextImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getChangeContext()
		 * @generated
		 */
		EClass CHANGE_CONTEXT = eINSTANCE.getChangeContext();

		/**
		 * The meta object literal for the '<em><b>Browse Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_CONTEXT__BROWSE_EXPRESSION = eINSTANCE.getChangeContext_BrowseExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.CreateInstanceImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getCreateInstance()
		 * @generated
		 */
		EClass CREATE_INSTANCE = eINSTANCE.getCreateInstance();

		/**
		 * The meta object literal for the '<em><b>Type Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__TYPE_NAME = eINSTANCE.getCreateInstance_TypeName();

		/**
		 * The meta object literal for the '<em><b>Reference Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__REFERENCE_NAME = eINSTANCE.getCreateInstance_ReferenceName();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__VARIABLE_NAME = eINSTANCE.getCreateInstance_VariableName();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.SetValueImpl <em>Set Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.SetValueImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getSetValue()
		 * @generated
		 */
		EClass SET_VALUE = eINSTANCE.getSetValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__FEATURE_NAME = eINSTANCE.getSetValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__VALUE_EXPRESSION = eINSTANCE.getSetValue_ValueExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.UnsetImpl <em>Unset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.UnsetImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getUnset()
		 * @generated
		 */
		EClass UNSET = eINSTANCE.getUnset();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSET__FEATURE_NAME = eINSTANCE.getUnset_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSET__ELEMENT_EXPRESSION = eINSTANCE.getUnset_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.AddValueImpl <em>Add Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.AddValueImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getAddValue()
		 * @generated
		 */
		EClass ADD_VALUE = eINSTANCE.getAddValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD_VALUE__FEATURE_NAME = eINSTANCE.getAddValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD_VALUE__VALUE_EXPRESSION = eINSTANCE.getAddValue_ValueExpression();

		/**
		 * The meta object literal for the '<em><b>Index Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD_VALUE__INDEX_EXPRESSION = eINSTANCE.getAddValue_IndexExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.RemoveValueImpl <em>Remove Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.RemoveValueImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRemoveValue()
		 * @generated
		 */
		EClass REMOVE_VALUE = eINSTANCE.getRemoveValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOVE_VALUE__FEATURE_NAME = eINSTANCE.getRemoveValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOVE_VALUE__VALUE_EXPRESSION = eINSTANCE.getRemoveValue_ValueExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.MoveElementImpl <em>Move Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.MoveElementImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getMoveElement()
		 * @generated
		 */
		EClass MOVE_ELEMENT = eINSTANCE.getMoveElement();

		/**
		 * The meta object literal for the '<em><b>New Container Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION = eINSTANCE.getMoveElement_NewContainerExpression();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ELEMENT__FEATURE_NAME = eINSTANCE.getMoveElement_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Index Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOVE_ELEMENT__INDEX_EXPRESSION = eINSTANCE.getMoveElement_IndexExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.DeleteElementImpl <em>Delete Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.DeleteElementImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDeleteElement()
		 * @generated
		 */
		EClass DELETE_ELEMENT = eINSTANCE.getDeleteElement();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_ELEMENT__ELEMENT_EXPRESSION = eINSTANCE.getDeleteElement_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.IfImpl <em>If</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.IfImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getIf()
		 * @generated
		 */
		EClass IF = eINSTANCE.getIf();

		/**
		 * The meta object literal for the '<em><b>Condition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IF__CONDITION_EXPRESSION = eINSTANCE.getIf_ConditionExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.ForEachImpl <em>For Each</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.ForEachImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getForEach()
		 * @generated
		 */
		EClass FOR_EACH = eINSTANCE.getForEach();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOR_EACH__EXPRESSION = eINSTANCE.getForEach_Expression();

		/**
		 * The meta object literal for the '<em><b>Iterator Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOR_EACH__ITERATOR_NAME = eINSTANCE.getForEach_IteratorName();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.impl.LetImpl <em>Let</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.impl.LetImpl
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLet()
		 * @generated
		 */
		EClass LET = eINSTANCE.getLet();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LET__VARIABLE_NAME = eINSTANCE.getLet_VariableName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LET__VALUE_EXPRESSION = eINSTANCE.getLet_ValueExpression();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.DiagramLayout <em>Diagram Layout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.DiagramLayout
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getDiagramLayout()
		 * @generated
		 */
		EEnum DIAGRAM_LAYOUT = eINSTANCE.getDiagramLayout();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.ContainerArrangement <em>Container Arrangement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.ContainerArrangement
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getContainerArrangement()
		 * @generated
		 */
		EEnum CONTAINER_ARRANGEMENT = eINSTANCE.getContainerArrangement();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.ShapeKind <em>Shape Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.ShapeKind
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getShapeKind()
		 * @generated
		 */
		EEnum SHAPE_KIND = eINSTANCE.getShapeKind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.LabelPosition <em>Label Position</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.LabelPosition
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLabelPosition()
		 * @generated
		 */
		EEnum LABEL_POSITION = eINSTANCE.getLabelPosition();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.LineStyle
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.ArrowKind <em>Arrow Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.ArrowKind
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getArrowKind()
		 * @generated
		 */
		EEnum ARROW_KIND = eINSTANCE.getArrowKind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.ReconnectKind <em>Reconnect Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.ReconnectKind
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getReconnectKind()
		 * @generated
		 */
		EEnum RECONNECT_KIND = eINSTANCE.getReconnectKind();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.RuleSeverity <em>Rule Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.RuleSeverity
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getRuleSeverity()
		 * @generated
		 */
		EEnum RULE_SEVERITY = eINSTANCE.getRuleSeverity();

		/**
		 * The meta object literal for the '{@link org.journeystudio.viewpoint.EdgeRouting <em>Edge Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.journeystudio.viewpoint.EdgeRouting
		 * @see org.journeystudio.viewpoint.impl.ViewpointPackageImpl#getEdgeRouting()
		 * @generated
		 */
		EEnum EDGE_ROUTING = eINSTANCE.getEdgeRouting();

	}

} //ViewpointPackage
