/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A graphical representation: layers of node, container and edge mappings, filters and tools.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.DiagramDescription#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.DiagramDescription#getColumnsExpression <em>Columns Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.DiagramDescription#getDefaultLayer <em>Default Layer</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.DiagramDescription#getAdditionalLayers <em>Additional Layers</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.DiagramDescription#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends RepresentationDescription {
	/**
	 * Returns the value of the '<em><b>Layout</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.DiagramLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout</em>' attribute.
	 * @see org.journeystudio.viewpoint.DiagramLayout
	 * @see #setLayout(DiagramLayout)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDiagramDescription_Layout()
	 * @model
	 * @generated
	 */
	DiagramLayout getLayout();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.DiagramDescription#getLayout <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' attribute.
	 * @see org.journeystudio.viewpoint.DiagramLayout
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(DiagramLayout value);

	/**
	 * Returns the value of the '<em><b>Columns Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). LANE_GRID: the elements that make the columns, in order (e.g. the stages of a journey); self is the diagram's element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns Expression</em>' attribute.
	 * @see #setColumnsExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDiagramDescription_ColumnsExpression()
	 * @model
	 * @generated
	 */
	String getColumnsExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.DiagramDescription#getColumnsExpression <em>Columns Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Columns Expression</em>' attribute.
	 * @see #getColumnsExpression()
	 * @generated
	 */
	void setColumnsExpression(String value);

	/**
	 * Returns the value of the '<em><b>Default Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Always active.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Layer</em>' containment reference.
	 * @see #setDefaultLayer(Layer)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDiagramDescription_DefaultLayer()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Layer getDefaultLayer();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.DiagramDescription#getDefaultLayer <em>Default Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Layer</em>' containment reference.
	 * @see #getDefaultLayer()
	 * @generated
	 */
	void setDefaultLayer(Layer value);

	/**
	 * Returns the value of the '<em><b>Additional Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional layers a user switches on and off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Additional Layers</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDiagramDescription_AdditionalLayers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getAdditionalLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

} // DiagramDescription
