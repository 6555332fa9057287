/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.journeystudio.viewpoint.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.journeystudio.viewpoint.ViewpointPackage
 * @generated
 */
public class ViewpointAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ViewpointPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ViewpointAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ViewpointPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ViewpointSwitch<Adapter> modelSwitch =
		new ViewpointSwitch<Adapter>() {
			@Override
			public Adapter caseDocumentedElement(DocumentedElement object) {
				return createDocumentedElementAdapter();
			}
			@Override
			public Adapter caseIdentifiedElement(IdentifiedElement object) {
				return createIdentifiedElementAdapter();
			}
			@Override
			public Adapter caseGroup(Group object) {
				return createGroupAdapter();
			}
			@Override
			public Adapter caseViewpoint(Viewpoint object) {
				return createViewpointAdapter();
			}
			@Override
			public Adapter caseValidationRule(ValidationRule object) {
				return createValidationRuleAdapter();
			}
			@Override
			public Adapter caseRepresentationDescription(RepresentationDescription object) {
				return createRepresentationDescriptionAdapter();
			}
			@Override
			public Adapter caseDiagramDescription(DiagramDescription object) {
				return createDiagramDescriptionAdapter();
			}
			@Override
			public Adapter caseLayer(Layer object) {
				return createLayerAdapter();
			}
			@Override
			public Adapter caseRepresentationElementMapping(RepresentationElementMapping object) {
				return createRepresentationElementMappingAdapter();
			}
			@Override
			public Adapter caseDiagramElementMapping(DiagramElementMapping object) {
				return createDiagramElementMappingAdapter();
			}
			@Override
			public Adapter caseAbstractNodeMapping(AbstractNodeMapping object) {
				return createAbstractNodeMappingAdapter();
			}
			@Override
			public Adapter caseNodeMapping(NodeMapping object) {
				return createNodeMappingAdapter();
			}
			@Override
			public Adapter caseContainerMapping(ContainerMapping object) {
				return createContainerMappingAdapter();
			}
			@Override
			public Adapter caseEdgeMapping(EdgeMapping object) {
				return createEdgeMappingAdapter();
			}
			@Override
			public Adapter caseStyle(Style object) {
				return createStyleAdapter();
			}
			@Override
			public Adapter caseNodeStyle(NodeStyle object) {
				return createNodeStyleAdapter();
			}
			@Override
			public Adapter caseEdgeStyle(EdgeStyle object) {
				return createEdgeStyleAdapter();
			}
			@Override
			public Adapter caseCellStyle(CellStyle object) {
				return createCellStyleAdapter();
			}
			@Override
			public Adapter caseConditionalStyle(ConditionalStyle object) {
				return createConditionalStyleAdapter();
			}
			@Override
			public Adapter caseConditionalNodeStyle(ConditionalNodeStyle object) {
				return createConditionalNodeStyleAdapter();
			}
			@Override
			public Adapter caseConditionalEdgeStyle(ConditionalEdgeStyle object) {
				return createConditionalEdgeStyleAdapter();
			}
			@Override
			public Adapter caseConditionalCellStyle(ConditionalCellStyle object) {
				return createConditionalCellStyleAdapter();
			}
			@Override
			public Adapter caseFilter(Filter object) {
				return createFilterAdapter();
			}
			@Override
			public Adapter caseTableDescription(TableDescription object) {
				return createTableDescriptionAdapter();
			}
			@Override
			public Adapter caseEditionTableDescription(EditionTableDescription object) {
				return createEditionTableDescriptionAdapter();
			}
			@Override
			public Adapter caseCrossTableDescription(CrossTableDescription object) {
				return createCrossTableDescriptionAdapter();
			}
			@Override
			public Adapter caseLineMapping(LineMapping object) {
				return createLineMappingAdapter();
			}
			@Override
			public Adapter caseFeatureColumnMapping(FeatureColumnMapping object) {
				return createFeatureColumnMappingAdapter();
			}
			@Override
			public Adapter caseElementColumnMapping(ElementColumnMapping object) {
				return createElementColumnMappingAdapter();
			}
			@Override
			public Adapter caseIntersectionMapping(IntersectionMapping object) {
				return createIntersectionMappingAdapter();
			}
			@Override
			public Adapter caseTool(Tool object) {
				return createToolAdapter();
			}
			@Override
			public Adapter caseMappingTool(MappingTool object) {
				return createMappingToolAdapter();
			}
			@Override
			public Adapter caseNodeCreationTool(NodeCreationTool object) {
				return createNodeCreationToolAdapter();
			}
			@Override
			public Adapter caseContainerCreationTool(ContainerCreationTool object) {
				return createContainerCreationToolAdapter();
			}
			@Override
			public Adapter caseEdgeCreationTool(EdgeCreationTool object) {
				return createEdgeCreationToolAdapter();
			}
			@Override
			public Adapter caseDeleteTool(DeleteTool object) {
				return createDeleteToolAdapter();
			}
			@Override
			public Adapter caseReconnectTool(ReconnectTool object) {
				return createReconnectToolAdapter();
			}
			@Override
			public Adapter caseDirectEditTool(DirectEditTool object) {
				return createDirectEditToolAdapter();
			}
			@Override
			public Adapter caseDoubleClickTool(DoubleClickTool object) {
				return createDoubleClickToolAdapter();
			}
			@Override
			public Adapter caseDropTool(DropTool object) {
				return createDropToolAdapter();
			}
			@Override
			public Adapter caseSelectionVariable(SelectionVariable object) {
				return createSelectionVariableAdapter();
			}
			@Override
			public Adapter caseModelOperation(ModelOperation object) {
				return createModelOperationAdapter();
			}
			@Override
			public Adapter caseContainerOperation(ContainerOperation object) {
				return createContainerOperationAdapter();
			}
			@Override
			public Adapter caseChangeContext(ChangeContext object) {
				return createChangeContextAdapter();
			}
			@Override
			public Adapter caseCreateInstance(CreateInstance object) {
				return createCreateInstanceAdapter();
			}
			@Override
			public Adapter caseSetValue(SetValue object) {
				return createSetValueAdapter();
			}
			@Override
			public Adapter caseUnset(Unset object) {
				return createUnsetAdapter();
			}
			@Override
			public Adapter caseAddValue(AddValue object) {
				return createAddValueAdapter();
			}
			@Override
			public Adapter caseRemoveValue(RemoveValue object) {
				return createRemoveValueAdapter();
			}
			@Override
			public Adapter caseMoveElement(MoveElement object) {
				return createMoveElementAdapter();
			}
			@Override
			public Adapter caseDeleteElement(DeleteElement object) {
				return createDeleteElementAdapter();
			}
			@Override
			public Adapter caseIf(If object) {
				return createIfAdapter();
			}
			@Override
			public Adapter caseForEach(ForEach object) {
				return createForEachAdapter();
			}
			@Override
			public Adapter caseLet(Let object) {
				return createLetAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DocumentedElement <em>Documented Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DocumentedElement
	 * @generated
	 */
	public Adapter createDocumentedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.IdentifiedElement
	 * @generated
	 */
	public Adapter createIdentifiedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Group
	 * @generated
	 */
	public Adapter createGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Viewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Viewpoint
	 * @generated
	 */
	public Adapter createViewpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ValidationRule <em>Validation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ValidationRule
	 * @generated
	 */
	public Adapter createValidationRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.RepresentationDescription <em>Representation Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.RepresentationDescription
	 * @generated
	 */
	public Adapter createRepresentationDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DiagramDescription
	 * @generated
	 */
	public Adapter createDiagramDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Layer
	 * @generated
	 */
	public Adapter createLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.RepresentationElementMapping <em>Representation Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.RepresentationElementMapping
	 * @generated
	 */
	public Adapter createRepresentationElementMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DiagramElementMapping
	 * @generated
	 */
	public Adapter createDiagramElementMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.AbstractNodeMapping
	 * @generated
	 */
	public Adapter createAbstractNodeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.NodeMapping
	 * @generated
	 */
	public Adapter createNodeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ContainerMapping
	 * @generated
	 */
	public Adapter createContainerMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.EdgeMapping
	 * @generated
	 */
	public Adapter createEdgeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Style
	 * @generated
	 */
	public Adapter createStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.NodeStyle
	 * @generated
	 */
	public Adapter createNodeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.EdgeStyle
	 * @generated
	 */
	public Adapter createEdgeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.CellStyle <em>Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.CellStyle
	 * @generated
	 */
	public Adapter createCellStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ConditionalStyle
	 * @generated
	 */
	public Adapter createConditionalStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ConditionalNodeStyle
	 * @generated
	 */
	public Adapter createConditionalNodeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ConditionalEdgeStyle <em>Conditional Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ConditionalEdgeStyle
	 * @generated
	 */
	public Adapter createConditionalEdgeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ConditionalCellStyle <em>Conditional Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ConditionalCellStyle
	 * @generated
	 */
	public Adapter createConditionalCellStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Filter
	 * @generated
	 */
	public Adapter createFilterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.TableDescription <em>Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.TableDescription
	 * @generated
	 */
	public Adapter createTableDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.EditionTableDescription <em>Edition Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.EditionTableDescription
	 * @generated
	 */
	public Adapter createEditionTableDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.CrossTableDescription <em>Cross Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.CrossTableDescription
	 * @generated
	 */
	public Adapter createCrossTableDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.LineMapping <em>Line Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.LineMapping
	 * @generated
	 */
	public Adapter createLineMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.FeatureColumnMapping <em>Feature Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.FeatureColumnMapping
	 * @generated
	 */
	public Adapter createFeatureColumnMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ElementColumnMapping <em>Element Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ElementColumnMapping
	 * @generated
	 */
	public Adapter createElementColumnMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.IntersectionMapping <em>Intersection Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.IntersectionMapping
	 * @generated
	 */
	public Adapter createIntersectionMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Tool
	 * @generated
	 */
	public Adapter createToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.MappingTool <em>Mapping Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.MappingTool
	 * @generated
	 */
	public Adapter createMappingToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.NodeCreationTool
	 * @generated
	 */
	public Adapter createNodeCreationToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ContainerCreationTool <em>Container Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ContainerCreationTool
	 * @generated
	 */
	public Adapter createContainerCreationToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.EdgeCreationTool
	 * @generated
	 */
	public Adapter createEdgeCreationToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DeleteTool
	 * @generated
	 */
	public Adapter createDeleteToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ReconnectTool <em>Reconnect Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ReconnectTool
	 * @generated
	 */
	public Adapter createReconnectToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DirectEditTool
	 * @generated
	 */
	public Adapter createDirectEditToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DoubleClickTool <em>Double Click Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DoubleClickTool
	 * @generated
	 */
	public Adapter createDoubleClickToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DropTool <em>Drop Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DropTool
	 * @generated
	 */
	public Adapter createDropToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.SelectionVariable <em>Selection Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.SelectionVariable
	 * @generated
	 */
	public Adapter createSelectionVariableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ModelOperation <em>Model Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ModelOperation
	 * @generated
	 */
	public Adapter createModelOperationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ContainerOperation <em>Container Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ContainerOperation
	 * @generated
	 */
	public Adapter createContainerOperationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ChangeContext <em>Change Context</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ChangeContext
	 * @generated
	 */
	public Adapter createChangeContextAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.CreateInstance <em>Create Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.CreateInstance
	 * @generated
	 */
	public Adapter createCreateInstanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.SetValue <em>Set Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.SetValue
	 * @generated
	 */
	public Adapter createSetValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Unset <em>Unset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Unset
	 * @generated
	 */
	public Adapter createUnsetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.AddValue <em>Add Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.AddValue
	 * @generated
	 */
	public Adapter createAddValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.RemoveValue <em>Remove Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.RemoveValue
	 * @generated
	 */
	public Adapter createRemoveValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.MoveElement <em>Move Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.MoveElement
	 * @generated
	 */
	public Adapter createMoveElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.DeleteElement <em>Delete Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.DeleteElement
	 * @generated
	 */
	public Adapter createDeleteElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.If <em>If</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.If
	 * @generated
	 */
	public Adapter createIfAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.ForEach <em>For Each</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.ForEach
	 * @generated
	 */
	public Adapter createForEachAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.journeystudio.viewpoint.Let <em>Let</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.journeystudio.viewpoint.Let
	 * @generated
	 */
	public Adapter createLetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ViewpointAdapterFactory
