/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to nodes (boxes) that may carry nodes on their border.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping()
 * @model abstract="true"
 * @generated
 */
public interface AbstractNodeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bordered Node Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_BorderedNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getBorderedNodeMappings();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The default style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.AbstractNodeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ConditionalNodeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checked in order; the first whose predicate holds replaces the default style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getAbstractNodeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalNodeStyle> getConditionalStyles();

} // AbstractNodeMapping
