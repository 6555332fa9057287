/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A diagram: stored user layout plus the computed views.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.Diagram#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Diagram#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Diagram#isLayoutStale <em>Layout Stale</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Diagram#getStates <em>States</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends Representation {
	/**
	 * Returns the value of the '<em><b>Active Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the active additional layers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Layers</em>' attribute list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getDiagram_ActiveLayers()
	 * @model
	 * @generated
	 */
	EList<String> getActiveLayers();

	/**
	 * Returns the value of the '<em><b>Active Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the active filters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Filters</em>' attribute list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getDiagram_ActiveFilters()
	 * @model
	 * @generated
	 */
	EList<String> getActiveFilters();

	/**
	 * Returns the value of the '<em><b>Layout Stale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set by "arrange all": the next layout ignores stored positions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Stale</em>' attribute.
	 * @see #setLayoutStale(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getDiagram_LayoutStale()
	 * @model
	 * @generated
	 */
	boolean isLayoutStale();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Diagram#isLayoutStale <em>Layout Stale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Stale</em>' attribute.
	 * @see #isLayoutStale()
	 * @generated
	 */
	void setLayoutStale(boolean value);

	/**
	 * Returns the value of the '<em><b>States</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.ViewState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the user set on views: positions, sizes, bendpoints, hidden and collapsed flags.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>States</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getDiagram_States()
	 * @model containment="true"
	 * @generated
	 */
	EList<ViewState> getStates();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getDiagram_Nodes()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Edge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getDiagram_Edges()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Edge> getEdges();

} // Diagram
