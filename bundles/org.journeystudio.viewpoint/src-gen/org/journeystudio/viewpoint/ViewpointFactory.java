/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.journeystudio.viewpoint.ViewpointPackage
 * @generated
 */
public interface ViewpointFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ViewpointFactory eINSTANCE = org.journeystudio.viewpoint.impl.ViewpointFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group</em>'.
	 * @generated
	 */
	Group createGroup();

	/**
	 * Returns a new object of class '<em>Viewpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Viewpoint</em>'.
	 * @generated
	 */
	Viewpoint createViewpoint();

	/**
	 * Returns a new object of class '<em>Validation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Validation Rule</em>'.
	 * @generated
	 */
	ValidationRule createValidationRule();

	/**
	 * Returns a new object of class '<em>Diagram Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram Description</em>'.
	 * @generated
	 */
	DiagramDescription createDiagramDescription();

	/**
	 * Returns a new object of class '<em>Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layer</em>'.
	 * @generated
	 */
	Layer createLayer();

	/**
	 * Returns a new object of class '<em>Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Mapping</em>'.
	 * @generated
	 */
	NodeMapping createNodeMapping();

	/**
	 * Returns a new object of class '<em>Container Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Mapping</em>'.
	 * @generated
	 */
	ContainerMapping createContainerMapping();

	/**
	 * Returns a new object of class '<em>Edge Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Mapping</em>'.
	 * @generated
	 */
	EdgeMapping createEdgeMapping();

	/**
	 * Returns a new object of class '<em>Node Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Style</em>'.
	 * @generated
	 */
	NodeStyle createNodeStyle();

	/**
	 * Returns a new object of class '<em>Edge Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Style</em>'.
	 * @generated
	 */
	EdgeStyle createEdgeStyle();

	/**
	 * Returns a new object of class '<em>Cell Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cell Style</em>'.
	 * @generated
	 */
	CellStyle createCellStyle();

	/**
	 * Returns a new object of class '<em>Conditional Node Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditional Node Style</em>'.
	 * @generated
	 */
	ConditionalNodeStyle createConditionalNodeStyle();

	/**
	 * Returns a new object of class '<em>Conditional Edge Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditional Edge Style</em>'.
	 * @generated
	 */
	ConditionalEdgeStyle createConditionalEdgeStyle();

	/**
	 * Returns a new object of class '<em>Conditional Cell Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditional Cell Style</em>'.
	 * @generated
	 */
	ConditionalCellStyle createConditionalCellStyle();

	/**
	 * Returns a new object of class '<em>Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Filter</em>'.
	 * @generated
	 */
	Filter createFilter();

	/**
	 * Returns a new object of class '<em>Edition Table Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edition Table Description</em>'.
	 * @generated
	 */
	EditionTableDescription createEditionTableDescription();

	/**
	 * Returns a new object of class '<em>Cross Table Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cross Table Description</em>'.
	 * @generated
	 */
	CrossTableDescription createCrossTableDescription();

	/**
	 * Returns a new object of class '<em>Line Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Line Mapping</em>'.
	 * @generated
	 */
	LineMapping createLineMapping();

	/**
	 * Returns a new object of class '<em>Feature Column Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feature Column Mapping</em>'.
	 * @generated
	 */
	FeatureColumnMapping createFeatureColumnMapping();

	/**
	 * Returns a new object of class '<em>Element Column Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Element Column Mapping</em>'.
	 * @generated
	 */
	ElementColumnMapping createElementColumnMapping();

	/**
	 * Returns a new object of class '<em>Intersection Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Intersection Mapping</em>'.
	 * @generated
	 */
	IntersectionMapping createIntersectionMapping();

	/**
	 * Returns a new object of class '<em>Node Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Creation Tool</em>'.
	 * @generated
	 */
	NodeCreationTool createNodeCreationTool();

	/**
	 * Returns a new object of class '<em>Container Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Creation Tool</em>'.
	 * @generated
	 */
	ContainerCreationTool createContainerCreationTool();

	/**
	 * Returns a new object of class '<em>Edge Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Creation Tool</em>'.
	 * @generated
	 */
	EdgeCreationTool createEdgeCreationTool();

	/**
	 * Returns a new object of class '<em>Delete Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delete Tool</em>'.
	 * @generated
	 */
	DeleteTool createDeleteTool();

	/**
	 * Returns a new object of class '<em>Reconnect Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reconnect Tool</em>'.
	 * @generated
	 */
	ReconnectTool createReconnectTool();

	/**
	 * Returns a new object of class '<em>Direct Edit Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Direct Edit Tool</em>'.
	 * @generated
	 */
	DirectEditTool createDirectEditTool();

	/**
	 * Returns a new object of class '<em>Double Click Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Double Click Tool</em>'.
	 * @generated
	 */
	DoubleClickTool createDoubleClickTool();

	/**
	 * Returns a new object of class '<em>Drop Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Drop Tool</em>'.
	 * @generated
	 */
	DropTool createDropTool();

	/**
	 * Returns a new object of class '<em>Selection Variable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Selection Variable</em>'.
	 * @generated
	 */
	SelectionVariable createSelectionVariable();

	/**
	 * Returns a new object of class '<em>Change Context</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Change Context</em>'.
	 * @generated
	 */
	ChangeContext createChangeContext();

	/**
	 * Returns a new object of class '<em>Create Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Create Instance</em>'.
	 * @generated
	 */
	CreateInstance createCreateInstance();

	/**
	 * Returns a new object of class '<em>Set Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Set Value</em>'.
	 * @generated
	 */
	SetValue createSetValue();

	/**
	 * Returns a new object of class '<em>Unset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unset</em>'.
	 * @generated
	 */
	Unset createUnset();

	/**
	 * Returns a new object of class '<em>Add Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Add Value</em>'.
	 * @generated
	 */
	AddValue createAddValue();

	/**
	 * Returns a new object of class '<em>Remove Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Remove Value</em>'.
	 * @generated
	 */
	RemoveValue createRemoveValue();

	/**
	 * Returns a new object of class '<em>Move Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Move Element</em>'.
	 * @generated
	 */
	MoveElement createMoveElement();

	/**
	 * Returns a new object of class '<em>Delete Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delete Element</em>'.
	 * @generated
	 */
	DeleteElement createDeleteElement();

	/**
	 * Returns a new object of class '<em>If</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>If</em>'.
	 * @generated
	 */
	If createIf();

	/**
	 * Returns a new object of class '<em>For Each</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>For Each</em>'.
	 * @generated
	 */
	ForEach createForEach();

	/**
	 * Returns a new object of class '<em>Let</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Let</em>'.
	 * @generated
	 */
	Let createLet();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ViewpointPackage getViewpointPackage();

} //ViewpointFactory
