/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node or container of a diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#isContainer <em>Container</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getChildren <em>Children</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getBorderedNodes <em>Bordered Nodes</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends View {
	/**
	 * Returns the value of the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container</em>' attribute.
	 * @see #setContainer(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Container()
	 * @model
	 * @generated
	 */
	boolean isContainer();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#isContainer <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container</em>' attribute.
	 * @see #isContainer()
	 * @generated
	 */
	void setContainer(boolean value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getChildren();

	/**
	 * Returns the value of the '<em><b>Bordered Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bordered Nodes</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_BorderedNodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getBorderedNodes();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyleValues)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyleValues getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyleValues value);

} // Node
