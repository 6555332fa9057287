/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.journeystudio.viewpoint.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ViewpointFactoryImpl extends EFactoryImpl implements ViewpointFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ViewpointFactory init() {
		try {
			ViewpointFactory theViewpointFactory = (ViewpointFactory)EPackage.Registry.INSTANCE.getEFactory(ViewpointPackage.eNS_URI);
			if (theViewpointFactory != null) {
				return theViewpointFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ViewpointFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ViewpointFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ViewpointPackage.GROUP: return createGroup();
			case ViewpointPackage.VIEWPOINT: return createViewpoint();
			case ViewpointPackage.VALIDATION_RULE: return createValidationRule();
			case ViewpointPackage.DIAGRAM_DESCRIPTION: return createDiagramDescription();
			case ViewpointPackage.LAYER: return createLayer();
			case ViewpointPackage.NODE_MAPPING: return createNodeMapping();
			case ViewpointPackage.CONTAINER_MAPPING: return createContainerMapping();
			case ViewpointPackage.EDGE_MAPPING: return createEdgeMapping();
			case ViewpointPackage.NODE_STYLE: return createNodeStyle();
			case ViewpointPackage.EDGE_STYLE: return createEdgeStyle();
			case ViewpointPackage.CELL_STYLE: return createCellStyle();
			case ViewpointPackage.CONDITIONAL_NODE_STYLE: return createConditionalNodeStyle();
			case ViewpointPackage.CONDITIONAL_EDGE_STYLE: return createConditionalEdgeStyle();
			case ViewpointPackage.CONDITIONAL_CELL_STYLE: return createConditionalCellStyle();
			case ViewpointPackage.FILTER: return createFilter();
			case ViewpointPackage.EDITION_TABLE_DESCRIPTION: return createEditionTableDescription();
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION: return createCrossTableDescription();
			case ViewpointPackage.LINE_MAPPING: return createLineMapping();
			case ViewpointPackage.FEATURE_COLUMN_MAPPING: return createFeatureColumnMapping();
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING: return createElementColumnMapping();
			case ViewpointPackage.INTERSECTION_MAPPING: return createIntersectionMapping();
			case ViewpointPackage.NODE_CREATION_TOOL: return createNodeCreationTool();
			case ViewpointPackage.CONTAINER_CREATION_TOOL: return createContainerCreationTool();
			case ViewpointPackage.EDGE_CREATION_TOOL: return createEdgeCreationTool();
			case ViewpointPackage.DELETE_TOOL: return createDeleteTool();
			case ViewpointPackage.RECONNECT_TOOL: return createReconnectTool();
			case ViewpointPackage.DIRECT_EDIT_TOOL: return createDirectEditTool();
			case ViewpointPackage.DOUBLE_CLICK_TOOL: return createDoubleClickTool();
			case ViewpointPackage.DROP_TOOL: return createDropTool();
			case ViewpointPackage.SELECTION_VARIABLE: return createSelectionVariable();
			case ViewpointPackage.CHANGE_CONTEXT: return createChangeContext();
			case ViewpointPackage.CREATE_INSTANCE: return createCreateInstance();
			case ViewpointPackage.SET_VALUE: return createSetValue();
			case ViewpointPackage.UNSET: return createUnset();
			case ViewpointPackage.ADD_VALUE: return createAddValue();
			case ViewpointPackage.REMOVE_VALUE: return createRemoveValue();
			case ViewpointPackage.MOVE_ELEMENT: return createMoveElement();
			case ViewpointPackage.DELETE_ELEMENT: return createDeleteElement();
			case ViewpointPackage.IF: return createIf();
			case ViewpointPackage.FOR_EACH: return createForEach();
			case ViewpointPackage.LET: return createLet();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ViewpointPackage.DIAGRAM_LAYOUT:
				return createDiagramLayoutFromString(eDataType, initialValue);
			case ViewpointPackage.CONTAINER_ARRANGEMENT:
				return createContainerArrangementFromString(eDataType, initialValue);
			case ViewpointPackage.SHAPE_KIND:
				return createShapeKindFromString(eDataType, initialValue);
			case ViewpointPackage.LABEL_POSITION:
				return createLabelPositionFromString(eDataType, initialValue);
			case ViewpointPackage.LINE_STYLE:
				return createLineStyleFromString(eDataType, initialValue);
			case ViewpointPackage.ARROW_KIND:
				return createArrowKindFromString(eDataType, initialValue);
			case ViewpointPackage.RECONNECT_KIND:
				return createReconnectKindFromString(eDataType, initialValue);
			case ViewpointPackage.RULE_SEVERITY:
				return createRuleSeverityFromString(eDataType, initialValue);
			case ViewpointPackage.EDGE_ROUTING:
				return createEdgeRoutingFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ViewpointPackage.DIAGRAM_LAYOUT:
				return convertDiagramLayoutToString(eDataType, instanceValue);
			case ViewpointPackage.CONTAINER_ARRANGEMENT:
				return convertContainerArrangementToString(eDataType, instanceValue);
			case ViewpointPackage.SHAPE_KIND:
				return convertShapeKindToString(eDataType, instanceValue);
			case ViewpointPackage.LABEL_POSITION:
				return convertLabelPositionToString(eDataType, instanceValue);
			case ViewpointPackage.LINE_STYLE:
				return convertLineStyleToString(eDataType, instanceValue);
			case ViewpointPackage.ARROW_KIND:
				return convertArrowKindToString(eDataType, instanceValue);
			case ViewpointPackage.RECONNECT_KIND:
				return convertReconnectKindToString(eDataType, instanceValue);
			case ViewpointPackage.RULE_SEVERITY:
				return convertRuleSeverityToString(eDataType, instanceValue);
			case ViewpointPackage.EDGE_ROUTING:
				return convertEdgeRoutingToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Group createGroup() {
		GroupImpl group = new GroupImpl();
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Viewpoint createViewpoint() {
		ViewpointImpl viewpoint = new ViewpointImpl();
		return viewpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValidationRule createValidationRule() {
		ValidationRuleImpl validationRule = new ValidationRuleImpl();
		return validationRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramDescription createDiagramDescription() {
		DiagramDescriptionImpl diagramDescription = new DiagramDescriptionImpl();
		return diagramDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer createLayer() {
		LayerImpl layer = new LayerImpl();
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeMapping createNodeMapping() {
		NodeMappingImpl nodeMapping = new NodeMappingImpl();
		return nodeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerMapping createContainerMapping() {
		ContainerMappingImpl containerMapping = new ContainerMappingImpl();
		return containerMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeMapping createEdgeMapping() {
		EdgeMappingImpl edgeMapping = new EdgeMappingImpl();
		return edgeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle createNodeStyle() {
		NodeStyleImpl nodeStyle = new NodeStyleImpl();
		return nodeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle createEdgeStyle() {
		EdgeStyleImpl edgeStyle = new EdgeStyleImpl();
		return edgeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellStyle createCellStyle() {
		CellStyleImpl cellStyle = new CellStyleImpl();
		return cellStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalNodeStyle createConditionalNodeStyle() {
		ConditionalNodeStyleImpl conditionalNodeStyle = new ConditionalNodeStyleImpl();
		return conditionalNodeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalEdgeStyle createConditionalEdgeStyle() {
		ConditionalEdgeStyleImpl conditionalEdgeStyle = new ConditionalEdgeStyleImpl();
		return conditionalEdgeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalCellStyle createConditionalCellStyle() {
		ConditionalCellStyleImpl conditionalCellStyle = new ConditionalCellStyleImpl();
		return conditionalCellStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter createFilter() {
		FilterImpl filter = new FilterImpl();
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EditionTableDescription createEditionTableDescription() {
		EditionTableDescriptionImpl editionTableDescription = new EditionTableDescriptionImpl();
		return editionTableDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrossTableDescription createCrossTableDescription() {
		CrossTableDescriptionImpl crossTableDescription = new CrossTableDescriptionImpl();
		return crossTableDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineMapping createLineMapping() {
		LineMappingImpl lineMapping = new LineMappingImpl();
		return lineMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureColumnMapping createFeatureColumnMapping() {
		FeatureColumnMappingImpl featureColumnMapping = new FeatureColumnMappingImpl();
		return featureColumnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementColumnMapping createElementColumnMapping() {
		ElementColumnMappingImpl elementColumnMapping = new ElementColumnMappingImpl();
		return elementColumnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntersectionMapping createIntersectionMapping() {
		IntersectionMappingImpl intersectionMapping = new IntersectionMappingImpl();
		return intersectionMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeCreationTool createNodeCreationTool() {
		NodeCreationToolImpl nodeCreationTool = new NodeCreationToolImpl();
		return nodeCreationTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerCreationTool createContainerCreationTool() {
		ContainerCreationToolImpl containerCreationTool = new ContainerCreationToolImpl();
		return containerCreationTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeCreationTool createEdgeCreationTool() {
		EdgeCreationToolImpl edgeCreationTool = new EdgeCreationToolImpl();
		return edgeCreationTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeleteTool createDeleteTool() {
		DeleteToolImpl deleteTool = new DeleteToolImpl();
		return deleteTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReconnectTool createReconnectTool() {
		ReconnectToolImpl reconnectTool = new ReconnectToolImpl();
		return reconnectTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectEditTool createDirectEditTool() {
		DirectEditToolImpl directEditTool = new DirectEditToolImpl();
		return directEditTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoubleClickTool createDoubleClickTool() {
		DoubleClickToolImpl doubleClickTool = new DoubleClickToolImpl();
		return doubleClickTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DropTool createDropTool() {
		DropToolImpl dropTool = new DropToolImpl();
		return dropTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelectionVariable createSelectionVariable() {
		SelectionVariableImpl selectionVariable = new SelectionVariableImpl();
		return selectionVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeContext createChangeContext() {
		ChangeContextImpl changeContext = new ChangeContextImpl();
		return changeContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateInstance createCreateInstance() {
		CreateInstanceImpl createInstance = new CreateInstanceImpl();
		return createInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetValue createSetValue() {
		SetValueImpl setValue = new SetValueImpl();
		return setValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unset createUnset() {
		UnsetImpl unset = new UnsetImpl();
		return unset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddValue createAddValue() {
		AddValueImpl addValue = new AddValueImpl();
		return addValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemoveValue createRemoveValue() {
		RemoveValueImpl removeValue = new RemoveValueImpl();
		return removeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MoveElement createMoveElement() {
		MoveElementImpl moveElement = new MoveElementImpl();
		return moveElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeleteElement createDeleteElement() {
		DeleteElementImpl deleteElement = new DeleteElementImpl();
		return deleteElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public If createIf() {
		IfImpl if_ = new IfImpl();
		return if_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForEach createForEach() {
		ForEachImpl forEach = new ForEachImpl();
		return forEach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Let createLet() {
		LetImpl let = new LetImpl();
		return let;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagramLayout createDiagramLayoutFromString(EDataType eDataType, String initialValue) {
		DiagramLayout result = DiagramLayout.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiagramLayoutToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContainerArrangement createContainerArrangementFromString(EDataType eDataType, String initialValue) {
		ContainerArrangement result = ContainerArrangement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContainerArrangementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShapeKind createShapeKindFromString(EDataType eDataType, String initialValue) {
		ShapeKind result = ShapeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertShapeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LabelPosition createLabelPositionFromString(EDataType eDataType, String initialValue) {
		LabelPosition result = LabelPosition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLabelPositionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineStyle createLineStyleFromString(EDataType eDataType, String initialValue) {
		LineStyle result = LineStyle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineStyleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArrowKind createArrowKindFromString(EDataType eDataType, String initialValue) {
		ArrowKind result = ArrowKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArrowKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReconnectKind createReconnectKindFromString(EDataType eDataType, String initialValue) {
		ReconnectKind result = ReconnectKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReconnectKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleSeverity createRuleSeverityFromString(EDataType eDataType, String initialValue) {
		RuleSeverity result = RuleSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EdgeRouting createEdgeRoutingFromString(EDataType eDataType, String initialValue) {
		EdgeRouting result = EdgeRouting.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEdgeRoutingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ViewpointPackage getViewpointPackage() {
		return (ViewpointPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ViewpointPackage getPackage() {
		return ViewpointPackage.eINSTANCE;
	}

} //ViewpointFactoryImpl
