/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.journeystudio.viewpoint.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.journeystudio.viewpoint.ViewpointPackage
 * @generated
 */
public class ViewpointSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ViewpointPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ViewpointSwitch() {
		if (modelPackage == null) {
			modelPackage = ViewpointPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ViewpointPackage.DOCUMENTED_ELEMENT: {
				DocumentedElement documentedElement = (DocumentedElement)theEObject;
				T result = caseDocumentedElement(documentedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.IDENTIFIED_ELEMENT: {
				IdentifiedElement identifiedElement = (IdentifiedElement)theEObject;
				T result = caseIdentifiedElement(identifiedElement);
				if (result == null) result = caseDocumentedElement(identifiedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.GROUP: {
				Group group = (Group)theEObject;
				T result = caseGroup(group);
				if (result == null) result = caseIdentifiedElement(group);
				if (result == null) result = caseDocumentedElement(group);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.VIEWPOINT: {
				Viewpoint viewpoint = (Viewpoint)theEObject;
				T result = caseViewpoint(viewpoint);
				if (result == null) result = caseIdentifiedElement(viewpoint);
				if (result == null) result = caseDocumentedElement(viewpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.VALIDATION_RULE: {
				ValidationRule validationRule = (ValidationRule)theEObject;
				T result = caseValidationRule(validationRule);
				if (result == null) result = caseDocumentedElement(validationRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.REPRESENTATION_DESCRIPTION: {
				RepresentationDescription representationDescription = (RepresentationDescription)theEObject;
				T result = caseRepresentationDescription(representationDescription);
				if (result == null) result = caseIdentifiedElement(representationDescription);
				if (result == null) result = caseDocumentedElement(representationDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.DIAGRAM_DESCRIPTION: {
				DiagramDescription diagramDescription = (DiagramDescription)theEObject;
				T result = caseDiagramDescription(diagramDescription);
				if (result == null) result = caseRepresentationDescription(diagramDescription);
				if (result == null) result = caseIdentifiedElement(diagramDescription);
				if (result == null) result = caseDocumentedElement(diagramDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.LAYER: {
				Layer layer = (Layer)theEObject;
				T result = caseLayer(layer);
				if (result == null) result = caseIdentifiedElement(layer);
				if (result == null) result = caseDocumentedElement(layer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING: {
				RepresentationElementMapping representationElementMapping = (RepresentationElementMapping)theEObject;
				T result = caseRepresentationElementMapping(representationElementMapping);
				if (result == null) result = caseIdentifiedElement(representationElementMapping);
				if (result == null) result = caseDocumentedElement(representationElementMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.DIAGRAM_ELEMENT_MAPPING: {
				DiagramElementMapping diagramElementMapping = (DiagramElementMapping)theEObject;
				T result = caseDiagramElementMapping(diagramElementMapping);
				if (result == null) result = caseRepresentationElementMapping(diagramElementMapping);
				if (result == null) result = caseIdentifiedElement(diagramElementMapping);
				if (result == null) result = caseDocumentedElement(diagramElementMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.ABSTRACT_NODE_MAPPING: {
				AbstractNodeMapping abstractNodeMapping = (AbstractNodeMapping)theEObject;
				T result = caseAbstractNodeMapping(abstractNodeMapping);
				if (result == null) result = caseDiagramElementMapping(abstractNodeMapping);
				if (result == null) result = caseRepresentationElementMapping(abstractNodeMapping);
				if (result == null) result = caseIdentifiedElement(abstractNodeMapping);
				if (result == null) result = caseDocumentedElement(abstractNodeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.NODE_MAPPING: {
				NodeMapping nodeMapping = (NodeMapping)theEObject;
				T result = caseNodeMapping(nodeMapping);
				if (result == null) result = caseAbstractNodeMapping(nodeMapping);
				if (result == null) result = caseDiagramElementMapping(nodeMapping);
				if (result == null) result = caseRepresentationElementMapping(nodeMapping);
				if (result == null) result = caseIdentifiedElement(nodeMapping);
				if (result == null) result = caseDocumentedElement(nodeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CONTAINER_MAPPING: {
				ContainerMapping containerMapping = (ContainerMapping)theEObject;
				T result = caseContainerMapping(containerMapping);
				if (result == null) result = caseAbstractNodeMapping(containerMapping);
				if (result == null) result = caseDiagramElementMapping(containerMapping);
				if (result == null) result = caseRepresentationElementMapping(containerMapping);
				if (result == null) result = caseIdentifiedElement(containerMapping);
				if (result == null) result = caseDocumentedElement(containerMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.EDGE_MAPPING: {
				EdgeMapping edgeMapping = (EdgeMapping)theEObject;
				T result = caseEdgeMapping(edgeMapping);
				if (result == null) result = caseDiagramElementMapping(edgeMapping);
				if (result == null) result = caseRepresentationElementMapping(edgeMapping);
				if (result == null) result = caseIdentifiedElement(edgeMapping);
				if (result == null) result = caseDocumentedElement(edgeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.STYLE: {
				Style style = (Style)theEObject;
				T result = caseStyle(style);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.NODE_STYLE: {
				NodeStyle nodeStyle = (NodeStyle)theEObject;
				T result = caseNodeStyle(nodeStyle);
				if (result == null) result = caseStyle(nodeStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.EDGE_STYLE: {
				EdgeStyle edgeStyle = (EdgeStyle)theEObject;
				T result = caseEdgeStyle(edgeStyle);
				if (result == null) result = caseStyle(edgeStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CELL_STYLE: {
				CellStyle cellStyle = (CellStyle)theEObject;
				T result = caseCellStyle(cellStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CONDITIONAL_STYLE: {
				ConditionalStyle conditionalStyle = (ConditionalStyle)theEObject;
				T result = caseConditionalStyle(conditionalStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CONDITIONAL_NODE_STYLE: {
				ConditionalNodeStyle conditionalNodeStyle = (ConditionalNodeStyle)theEObject;
				T result = caseConditionalNodeStyle(conditionalNodeStyle);
				if (result == null) result = caseConditionalStyle(conditionalNodeStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CONDITIONAL_EDGE_STYLE: {
				ConditionalEdgeStyle conditionalEdgeStyle = (ConditionalEdgeStyle)theEObject;
				T result = caseConditionalEdgeStyle(conditionalEdgeStyle);
				if (result == null) result = caseConditionalStyle(conditionalEdgeStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CONDITIONAL_CELL_STYLE: {
				ConditionalCellStyle conditionalCellStyle = (ConditionalCellStyle)theEObject;
				T result = caseConditionalCellStyle(conditionalCellStyle);
				if (result == null) result = caseConditionalStyle(conditionalCellStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.FILTER: {
				Filter filter = (Filter)theEObject;
				T result = caseFilter(filter);
				if (result == null) result = caseIdentifiedElement(filter);
				if (result == null) result = caseDocumentedElement(filter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.TABLE_DESCRIPTION: {
				TableDescription tableDescription = (TableDescription)theEObject;
				T result = caseTableDescription(tableDescription);
				if (result == null) result = caseRepresentationDescription(tableDescription);
				if (result == null) result = caseIdentifiedElement(tableDescription);
				if (result == null) result = caseDocumentedElement(tableDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.EDITION_TABLE_DESCRIPTION: {
				EditionTableDescription editionTableDescription = (EditionTableDescription)theEObject;
				T result = caseEditionTableDescription(editionTableDescription);
				if (result == null) result = caseTableDescription(editionTableDescription);
				if (result == null) result = caseRepresentationDescription(editionTableDescription);
				if (result == null) result = caseIdentifiedElement(editionTableDescription);
				if (result == null) result = caseDocumentedElement(editionTableDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION: {
				CrossTableDescription crossTableDescription = (CrossTableDescription)theEObject;
				T result = caseCrossTableDescription(crossTableDescription);
				if (result == null) result = caseTableDescription(crossTableDescription);
				if (result == null) result = caseRepresentationDescription(crossTableDescription);
				if (result == null) result = caseIdentifiedElement(crossTableDescription);
				if (result == null) result = caseDocumentedElement(crossTableDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.LINE_MAPPING: {
				LineMapping lineMapping = (LineMapping)theEObject;
				T result = caseLineMapping(lineMapping);
				if (result == null) result = caseRepresentationElementMapping(lineMapping);
				if (result == null) result = caseIdentifiedElement(lineMapping);
				if (result == null) result = caseDocumentedElement(lineMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.FEATURE_COLUMN_MAPPING: {
				FeatureColumnMapping featureColumnMapping = (FeatureColumnMapping)theEObject;
				T result = caseFeatureColumnMapping(featureColumnMapping);
				if (result == null) result = caseIdentifiedElement(featureColumnMapping);
				if (result == null) result = caseDocumentedElement(featureColumnMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING: {
				ElementColumnMapping elementColumnMapping = (ElementColumnMapping)theEObject;
				T result = caseElementColumnMapping(elementColumnMapping);
				if (result == null) result = caseRepresentationElementMapping(elementColumnMapping);
				if (result == null) result = caseIdentifiedElement(elementColumnMapping);
				if (result == null) result = caseDocumentedElement(elementColumnMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.INTERSECTION_MAPPING: {
				IntersectionMapping intersectionMapping = (IntersectionMapping)theEObject;
				T result = caseIntersectionMapping(intersectionMapping);
				if (result == null) result = caseIdentifiedElement(intersectionMapping);
				if (result == null) result = caseDocumentedElement(intersectionMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.TOOL: {
				Tool tool = (Tool)theEObject;
				T result = caseTool(tool);
				if (result == null) result = caseIdentifiedElement(tool);
				if (result == null) result = caseDocumentedElement(tool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.MAPPING_TOOL: {
				MappingTool mappingTool = (MappingTool)theEObject;
				T result = caseMappingTool(mappingTool);
				if (result == null) result = caseTool(mappingTool);
				if (result == null) result = caseIdentifiedElement(mappingTool);
				if (result == null) result = caseDocumentedElement(mappingTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.NODE_CREATION_TOOL: {
				NodeCreationTool nodeCreationTool = (NodeCreationTool)theEObject;
				T result = caseNodeCreationTool(nodeCreationTool);
				if (result == null) result = caseMappingTool(nodeCreationTool);
				if (result == null) result = caseTool(nodeCreationTool);
				if (result == null) result = caseIdentifiedElement(nodeCreationTool);
				if (result == null) result = caseDocumentedElement(nodeCreationTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CONTAINER_CREATION_TOOL: {
				ContainerCreationTool containerCreationTool = (ContainerCreationTool)theEObject;
				T result = caseContainerCreationTool(containerCreationTool);
				if (result == null) result = caseMappingTool(containerCreationTool);
				if (result == null) result = caseTool(containerCreationTool);
				if (result == null) result = caseIdentifiedElement(containerCreationTool);
				if (result == null) result = caseDocumentedElement(containerCreationTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.EDGE_CREATION_TOOL: {
				EdgeCreationTool edgeCreationTool = (EdgeCreationTool)theEObject;
				T result = caseEdgeCreationTool(edgeCreationTool);
				if (result == null) result = caseMappingTool(edgeCreationTool);
				if (result == null) result = caseTool(edgeCreationTool);
				if (result == null) result = caseIdentifiedElement(edgeCreationTool);
				if (result == null) result = caseDocumentedElement(edgeCreationTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.DELETE_TOOL: {
				DeleteTool deleteTool = (DeleteTool)theEObject;
				T result = caseDeleteTool(deleteTool);
				if (result == null) result = caseMappingTool(deleteTool);
				if (result == null) result = caseTool(deleteTool);
				if (result == null) result = caseIdentifiedElement(deleteTool);
				if (result == null) result = caseDocumentedElement(deleteTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.RECONNECT_TOOL: {
				ReconnectTool reconnectTool = (ReconnectTool)theEObject;
				T result = caseReconnectTool(reconnectTool);
				if (result == null) result = caseMappingTool(reconnectTool);
				if (result == null) result = caseTool(reconnectTool);
				if (result == null) result = caseIdentifiedElement(reconnectTool);
				if (result == null) result = caseDocumentedElement(reconnectTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.DIRECT_EDIT_TOOL: {
				DirectEditTool directEditTool = (DirectEditTool)theEObject;
				T result = caseDirectEditTool(directEditTool);
				if (result == null) result = caseMappingTool(directEditTool);
				if (result == null) result = caseTool(directEditTool);
				if (result == null) result = caseIdentifiedElement(directEditTool);
				if (result == null) result = caseDocumentedElement(directEditTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.DOUBLE_CLICK_TOOL: {
				DoubleClickTool doubleClickTool = (DoubleClickTool)theEObject;
				T result = caseDoubleClickTool(doubleClickTool);
				if (result == null) result = caseMappingTool(doubleClickTool);
				if (result == null) result = caseTool(doubleClickTool);
				if (result == null) result = caseIdentifiedElement(doubleClickTool);
				if (result == null) result = caseDocumentedElement(doubleClickTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.DROP_TOOL: {
				DropTool dropTool = (DropTool)theEObject;
				T result = caseDropTool(dropTool);
				if (result == null) result = caseMappingTool(dropTool);
				if (result == null) result = caseTool(dropTool);
				if (result == null) result = caseIdentifiedElement(dropTool);
				if (result == null) result = caseDocumentedElement(dropTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.SELECTION_VARIABLE: {
				SelectionVariable selectionVariable = (SelectionVariable)theEObject;
				T result = caseSelectionVariable(selectionVariable);
				if (result == null) result = caseIdentifiedElement(selectionVariable);
				if (result == null) result = caseDocumentedElement(selectionVariable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.MODEL_OPERATION: {
				ModelOperation modelOperation = (ModelOperation)theEObject;
				T result = caseModelOperation(modelOperation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CONTAINER_OPERATION: {
				ContainerOperation containerOperation = (ContainerOperation)theEObject;
				T result = caseContainerOperation(containerOperation);
				if (result == null) result = caseModelOperation(containerOperation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CHANGE_CONTEXT: {
				ChangeContext changeContext = (ChangeContext)theEObject;
				T result = caseChangeContext(changeContext);
				if (result == null) result = caseContainerOperation(changeContext);
				if (result == null) result = caseModelOperation(changeContext);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.CREATE_INSTANCE: {
				CreateInstance createInstance = (CreateInstance)theEObject;
				T result = caseCreateInstance(createInstance);
				if (result == null) result = caseContainerOperation(createInstance);
				if (result == null) result = caseModelOperation(createInstance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.SET_VALUE: {
				SetValue setValue = (SetValue)theEObject;
				T result = caseSetValue(setValue);
				if (result == null) result = caseContainerOperation(setValue);
				if (result == null) result = caseModelOperation(setValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.UNSET: {
				Unset unset = (Unset)theEObject;
				T result = caseUnset(unset);
				if (result == null) result = caseContainerOperation(unset);
				if (result == null) result = caseModelOperation(unset);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.ADD_VALUE: {
				AddValue addValue = (AddValue)theEObject;
				T result = caseAddValue(addValue);
				if (result == null) result = caseContainerOperation(addValue);
				if (result == null) result = caseModelOperation(addValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.REMOVE_VALUE: {
				RemoveValue removeValue = (RemoveValue)theEObject;
				T result = caseRemoveValue(removeValue);
				if (result == null) result = caseContainerOperation(removeValue);
				if (result == null) result = caseModelOperation(removeValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.MOVE_ELEMENT: {
				MoveElement moveElement = (MoveElement)theEObject;
				T result = caseMoveElement(moveElement);
				if (result == null) result = caseContainerOperation(moveElement);
				if (result == null) result = caseModelOperation(moveElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.DELETE_ELEMENT: {
				DeleteElement deleteElement = (DeleteElement)theEObject;
				T result = caseDeleteElement(deleteElement);
				if (result == null) result = caseContainerOperation(deleteElement);
				if (result == null) result = caseModelOperation(deleteElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.IF: {
				If if_ = (If)theEObject;
				T result = caseIf(if_);
				if (result == null) result = caseContainerOperation(if_);
				if (result == null) result = caseModelOperation(if_);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.FOR_EACH: {
				ForEach forEach = (ForEach)theEObject;
				T result = caseForEach(forEach);
				if (result == null) result = caseContainerOperation(forEach);
				if (result == null) result = caseModelOperation(forEach);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ViewpointPackage.LET: {
				Let let = (Let)theEObject;
				T result = caseLet(let);
				if (result == null) result = caseContainerOperation(let);
				if (result == null) result = caseModelOperation(let);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Documented Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Documented Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDocumentedElement(DocumentedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifiedElement(IdentifiedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroup(Group object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Viewpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Viewpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseViewpoint(Viewpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Validation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Validation Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseValidationRule(ValidationRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Representation Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Representation Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepresentationDescription(RepresentationDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramDescription(DiagramDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayer(Layer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Representation Element Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Representation Element Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepresentationElementMapping(RepresentationElementMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Element Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Element Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramElementMapping(DiagramElementMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Abstract Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Abstract Node Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAbstractNodeMapping(AbstractNodeMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeMapping(NodeMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Container Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Container Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContainerMapping(ContainerMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeMapping(EdgeMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStyle(Style object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeStyle(NodeStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeStyle(EdgeStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cell Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cell Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCellStyle(CellStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalStyle(ConditionalStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Node Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Node Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalNodeStyle(ConditionalNodeStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Edge Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Edge Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalEdgeStyle(ConditionalEdgeStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Cell Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Cell Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalCellStyle(ConditionalCellStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Filter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Filter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFilter(Filter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Table Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Table Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTableDescription(TableDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edition Table Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edition Table Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEditionTableDescription(EditionTableDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cross Table Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cross Table Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCrossTableDescription(CrossTableDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Line Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Line Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLineMapping(LineMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feature Column Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feature Column Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeatureColumnMapping(FeatureColumnMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element Column Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element Column Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElementColumnMapping(ElementColumnMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Intersection Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Intersection Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntersectionMapping(IntersectionMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTool(Tool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mapping Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mapping Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMappingTool(MappingTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Creation Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeCreationTool(NodeCreationTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Container Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Container Creation Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContainerCreationTool(ContainerCreationTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Creation Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeCreationTool(EdgeCreationTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delete Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delete Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeleteTool(DeleteTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reconnect Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reconnect Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReconnectTool(ReconnectTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Direct Edit Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Direct Edit Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectEditTool(DirectEditTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Double Click Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Double Click Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDoubleClickTool(DoubleClickTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Drop Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Drop Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDropTool(DropTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Selection Variable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Selection Variable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSelectionVariable(SelectionVariable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model Operation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model Operation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModelOperation(ModelOperation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Container Operation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Container Operation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContainerOperation(ContainerOperation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Change Context</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Change Context</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChangeContext(ChangeContext object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Create Instance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Create Instance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCreateInstance(CreateInstance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Set Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Set Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSetValue(SetValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unset</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unset</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnset(Unset object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Add Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Add Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAddValue(AddValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Remove Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Remove Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRemoveValue(RemoveValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Move Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Move Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMoveElement(MoveElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delete Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delete Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeleteElement(DeleteElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>If</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>If</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIf(If object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>For Each</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>For Each</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseForEach(ForEach object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Let</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Let</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLet(Let object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ViewpointSwitch
